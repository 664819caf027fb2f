#!/usr/bin/env bash
# Speed target of issue 9: importing a 50,000-polygon GeoPackage into a MineLedger workspace takes at most
# 1.5 times what ogr2ogr needs to copy the same file into a new GeoPackage on the same machine.
# Usage: bench/import-vs-ogr2ogr.sh [COUNT]   (after ./mvnw -o package -DskipTests; needs python3 and GDAL)
# Prints both times and the ratio, each MineLedger run paired with an ogr2ogr run just before it (the ratio is
# the median of the pairs' ratios: this machine's speed drifts from minute to minute, for both tools):
#  - the command line, a new JVM each time (start-up and compiling the code included);
#  - when the test classes are built, the import inside a running MineLedger as File › Import… does it
#    (ImportSpeed): two warm-up imports first, the first of them reported as "the first import of a session".
# RUNS=N sets the pairs of each kind (default 5 on the command line, 9 in-process); NO_GC=1 also times the
# in-process import without garbage collection (Epsilon), to show what collecting costs.
# All data is generated: TRAINING — FICTIONAL DATA.
set -euo pipefail
COUNT="${1:-50000}"
HERE="$(cd "$(dirname "$0")/.." && pwd)"
JAR="${JAR:-$HERE/target/mineledger.jar}"
[ -f "$JAR" ] || { echo "Build the jar first: ./mvnw -B -o package -DskipTests" >&2; exit 2; }
command -v ogr2ogr >/dev/null || { echo "ogr2ogr (GDAL) is not installed" >&2; exit 2; }
WORK="$(mktemp -d)"
[ -n "${KEEP:-}" ] || trap 'rm -rf "$WORK"' EXIT

python3 - "$COUNT" "$WORK/source.geojson" <<'PY'
import json, sys, random
n, path = int(sys.argv[1]), sys.argv[2]
random.seed(9)
kinds, statuses = ["SHA", "CHA", "LMF"], ["active", "reduced", "cleared"]
with open(path, "w") as f:
    f.write('{"type":"FeatureCollection","features":[\n')
    for i in range(n):
        lon = 30.0 + (i % 250) * 0.004 + random.random() * 1e-4
        lat = 50.0 + (i // 250) * 0.004 + random.random() * 1e-4
        s = 0.001 + random.random() * 0.001
        ring = [[lon, lat], [lon + s, lat], [lon + s, lat + s * 0.8], [lon + s * 0.4, lat + s * 1.1], [lon, lat + s], [lon, lat]]
        feat = {"type": "Feature", "properties": {"name": "Training area %d" % (i + 1), "kind": kinds[i % 3],
                "status": statuses[i % 3], "notes": "TRAINING - FICTIONAL DATA"},
                "geometry": {"type": "Polygon", "coordinates": [ring]}}
        f.write(("," if i else "") + json.dumps(feat) + "\n")
    f.write("]}\n")
PY
ogr2ogr -f GPKG "$WORK/source.gpkg" "$WORK/source.geojson" -nln areas
echo "Source: $COUNT polygons, $(du -h "$WORK/source.gpkg" | cut -f1) GeoPackage"

# wall-clock and CPU (user + system) seconds, the median of RUNS runs each (the disk's write-back of one run can
# slow the next, so a single run of either tool says little); on a busy machine the CPU figures are the fairer
IN_PROCESS_RUNS="${RUNS:-9}"
RUNS="${RUNS:-5}"
# `sync` before each run: every run starts with nothing of the one before still being written to disk
for i in $(seq "$RUNS"); do
  rm -f "$WORK/ogr-copy.gpkg"
  sync
  /usr/bin/time -f "%e %U %S" -a -o "$WORK/ogr.time" ogr2ogr -f GPKG "$WORK/ogr-copy.gpkg" "$WORK/source.gpkg"
  rm -f "$WORK/workspace.gpkg"
  java -jar "$JAR" new "$WORK/workspace.gpkg" >/dev/null
  sync
  /usr/bin/time -f "%e %U %S" -a -o "$WORK/ml.time" java -jar "$JAR" import "$WORK/workspace.gpkg" \
      "$WORK/source.gpkg" > "$WORK/import.log"
done
tail -1 "$WORK/import.log"
python3 - "$WORK/ogr.time" "$WORK/ml.time" <<'PY'
import statistics, sys
def runs(path):
    rows = [[float(x) for x in line.split()] for line in open(path) if line.strip()]
    return statistics.median(r[0] for r in rows), statistics.median(r[1] + r[2] for r in rows), len(rows)
ogr, ogr_cpu, n = runs(sys.argv[1])
ml, ml_cpu, _ = runs(sys.argv[2])
pairs = [m[0] / o[0] for o, m in zip(*[[[float(x) for x in l.split()] for l in open(p) if l.strip()]
                                        for p in sys.argv[1:3]])]
print("ogr2ogr copy:        %.2f s wall, %.2f s CPU (median of %d)" % (ogr, ogr_cpu, n))
print("mineledger import:   %.2f s wall, %.2f s CPU (median of %d; a new JVM each time, its start included)"
      % (ml, ml_cpu, n))
print("ratio wall, command line: %.2fx (median of the %d pairs' ratios; pairs from %.2fx to %.2fx)"
      % (statistics.median(pairs), len(pairs), min(pairs), max(pairs)))
print("ratio CPU, command line:  %.2fx" % (ml_cpu / ogr_cpu))
PY

CLASSES="$HERE/target/test-classes"
if [ -d "$CLASSES/org/mineledger/bench" ]; then
  [ -f "$HERE/target/bench/classpath.txt" ] || (cd "$HERE" && ./mvnw -B -q -o dependency:build-classpath \
    -Dmdep.outputFile=target/bench/classpath.txt -Dmdep.includeScope=test)
  java -cp "$CLASSES:$HERE/target/classes:$(cat "$HERE/target/bench/classpath.txt")" org.mineledger.bench.ImportSpeed \
      "$WORK/source.gpkg" "$WORK" "$IN_PROCESS_RUNS" --ogr2ogr --warmup 2 2>&1 | grep -v '^SLF4J' \
      | tee "$WORK/in-process.txt" | tail -4
  if [ -n "${NO_GC:-}" ]; then
    # what garbage collection costs: the same runs with a collector that never collects (6 GB of heap)
    java -XX:+UnlockExperimentalVMOptions -XX:+UseEpsilonGC -Xms6g -Xmx6g -XX:+AlwaysPreTouch \
        -cp "$CLASSES:$HERE/target/classes:$(cat "$HERE/target/bench/classpath.txt")" org.mineledger.bench.ImportSpeed \
        "$WORK/source.gpkg" "$WORK" "$IN_PROCESS_RUNS" --ogr2ogr --warmup 2 2>&1 | grep -v '^SLF4J' | tail -3 \
        | sed 's/in-process/in-process, no GC/'
  fi
fi
