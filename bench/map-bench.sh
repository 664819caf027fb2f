#!/usr/bin/env bash
# Map speed on a national-size workspace: open time (OpenSpeed: wall and CPU), frame render time (p50/p95)
# at four zoom levels with 50,000 hazard areas, and geodesic area throughput. For frames on a real JavaFX
# canvas see bench/fx-frame-bench.sh. Prints the figures; nothing here is a pass/fail test.
# Usage: bench/map-bench.sh [N]     (N hazard areas, default 50000; the workspace is kept in target/bench/)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-50000}
./mvnw -B -q -DskipTests package test-compile
mkdir -p target/bench
ws=target/bench/hazards-$n.gpkg
if [ ! -f "$ws" ]; then
  echo "Generating $n synthetic hazard areas into $ws ..."
  java -jar target/mineledger.jar generate --hazards "$n" "$ws"
fi
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/bench/classpath.txt -Dmdep.includeScope=test
cp="target/test-classes:target/classes:$(cat target/bench/classpath.txt)"
# Open time (read every area + map layer), wall and CPU: on a shared, busy machine the CPU figures are the fair ones.
java -cp "$cp" org.mineledger.bench.OpenSpeed "$ws" 5 2>&1 | grep -v '^SLF4J' | tee target/bench/open-speed.txt
java -Dmineledger.bench.workspace="$ws" -Djava.awt.headless=true -cp "$cp" org.openjdk.jmh.Main MapBench \
  -f 1 -wi 2 -i 3 -w 2s -r 3s -rf json -rff target/bench/map-bench.json | tee target/bench/map-bench.txt
python3 - "$ws" target/bench/map-bench.json <<'PY'
import json, sqlite3, sys
ws, results = sys.argv[1], json.load(open(sys.argv[2]))
con = sqlite3.connect(ws)
# GeoPackage blob: 8-byte header + 40-byte envelope, then WKB polygon: 1+4+4 bytes, per ring 4 + 16 per point.
n, blob_bytes = con.execute("SELECT count(*), sum(length(geom)) FROM hazard_area").fetchone()
print(f"\nWorkspace: {ws}: {n} hazard areas")
for r in results:
    name, params = r["benchmark"].split(".")[-1], r.get("params", {})
    m = r["primaryMetric"]
    if name in ("frame", "frameCommands"):
        p = m["scorePercentiles"]
        what = "frame (Java2D raster)" if name == "frame" else "frame (UI-thread commands)"
        print(f"{what} at {params['resolution']:>5} m/px: p50 {p['50.0']:.2f} ms, p95 {p['95.0']:.2f} ms, max {p['100.0']:.2f} ms")
    elif name == "open":
        print(f"open (read all areas + spatial index): {m['score']:.0f} ms")
    elif name == "geodesicAreaOfAll":
        print(f"geodesic area + perimeter of all {n} areas: {m['score']:.0f} ms")
PY
