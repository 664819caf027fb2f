#!/usr/bin/env bash
# Speed target of issue 9: importing a 50,000-polygon GeoPackage into a MineLedger workspace takes at most
# 1.5 times what ogr2ogr needs to copy the same file into a new GeoPackage on the same machine.
# Usage: bench/import-vs-ogr2ogr.sh [COUNT]   (after ./mvnw -o package -DskipTests; needs python3 and GDAL)
# Prints both times and the ratio: the command line (a new JVM: start-up included) and, when the test classes
# are built, the import inside a running MineLedger as File › Import… does it (ImportSpeed, median of 5).
# RUNS=N sets the runs of each tool (default 5); NO_GC=1 also times the in-process import without garbage
# collection (Epsilon), to show what collecting costs.
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
open(sys.argv[1] + ".wall", "w").write(str(ogr))
print("ogr2ogr copy:        %.2f s wall, %.2f s CPU (median of %d)" % (ogr, ogr_cpu, n))
print("mineledger import:   %.2f s wall, %.2f s CPU (median of %d; a new JVM each time, its start included)"
      % (ml, ml_cpu, n))
print("ratio wall, command line: %.2fx" % (ml / ogr))
print("ratio CPU, command line:  %.2fx" % (ml_cpu / ogr_cpu))
PY

CLASSES="$HERE/target/test-classes"
if [ -d "$CLASSES/org/mineledger/bench" ]; then
  [ -f "$HERE/target/bench/classpath.txt" ] || (cd "$HERE" && ./mvnw -B -q -o dependency:build-classpath \
    -Dmdep.outputFile=target/bench/classpath.txt -Dmdep.includeScope=test)
  java -cp "$CLASSES:$HERE/target/classes:$(cat "$HERE/target/bench/classpath.txt")" org.mineledger.bench.ImportSpeed \
      "$WORK/source.gpkg" "$WORK" 5 2>&1 | grep -v '^SLF4J' | tee "$WORK/in-process.txt" | tail -1
  python3 - "$WORK/ogr.time.wall" "$WORK/in-process.txt" <<'PY'
import re, sys
ogr = float(open(sys.argv[1]).read())
ml = float(re.search(r"in-process: ([0-9.]+) s wall", open(sys.argv[2]).read().splitlines()[-1]).group(1))
print("ratio wall, in-process:   %.2fx (target <= 1.5x)" % (ml / ogr))
PY
  if [ -n "${NO_GC:-}" ]; then
    # what garbage collection costs: the same runs with a collector that never collects (6 GB of heap)
    java -XX:+UnlockExperimentalVMOptions -XX:+UseEpsilonGC -Xms6g -Xmx6g -XX:+AlwaysPreTouch \
        -cp "$CLASSES:$HERE/target/classes:$(cat "$HERE/target/bench/classpath.txt")" org.mineledger.bench.ImportSpeed \
        "$WORK/source.gpkg" "$WORK" 5 2>&1 | grep -v '^SLF4J' | tail -1 | sed 's/in-process:/in-process, no GC:/'
  fi
fi
