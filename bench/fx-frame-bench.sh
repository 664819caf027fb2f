#!/usr/bin/env bash
# Frame time of the real JavaFX map view as it reaches the screen (headless Monocle, prism software pipeline, as
# in the test suite) at four zoom levels over a large workspace, 1280x800. Per frame: the redraw on the FX thread
# (drawing commands into the canvas; wall and CPU), the render pulse that paints it (CPU time of JavaFX's render
# thread until it is idle again) and their sum, the figure compared with 16.7 ms. Prints a markdown table of
# p50/p95. Not a snapshot: Node.snapshot allocates a render target, re-renders and reads every pixel back, which
# the screen never does. Not a pass/fail test.
# Usage: bench/fx-frame-bench.sh [N] [FRAMES] [M/PX,...] [OUT.png]  (N hazard areas, default 50000; zoom levels in
# display metres per pixel, default 2000,200,20,2; OUT.png: what the window shows at the first zoom)
# PULSE_LOG=1 adds JavaFX's pulse logger "Painting" figure (whole ms) as a cross-check.
# JAVA_OPTS=-Dbench.without=basemap,hazards,legend leaves those layers out, to see what each one costs.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-50000}
frames=${2:-60}
[ -f target/mineledger.jar ] && [ -d target/test-classes ] || ./mvnw -B -q -o -DskipTests package
mkdir -p target/bench
ws=target/bench/hazards-$n.gpkg
if [ ! -f "$ws" ]; then
  echo "Generating $n synthetic hazard areas into $ws ..."
  java -jar target/mineledger.jar generate --hazards "$n" "$ws"
fi
[ -f target/bench/classpath.txt ] || ./mvnw -B -q -o dependency:build-classpath \
  -Dmdep.outputFile=target/bench/classpath.txt -Dmdep.includeScope=test
cp="target/test-classes:target/classes:$(cat target/bench/classpath.txt)"
# The system properties of the surefire argLine in pom.xml: headless Monocle, software rendering.
log=()
[ "${PULSE_LOG:-0}" = 1 ] && log=(-Djavafx.pulseLogger=true -Djavafx.pulseLogger.threshold=0)
java ${JAVA_OPTS:-} "${log[@]}" -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dheadless.geometry=1600x1000-32 -Dprism.order=sw \
  -Dprism.text=t2k -Djava.awt.headless=true -cp "$cp" org.mineledger.bench.FxFrameBench "$ws" "$frames" "${3:-}" ${4:-} 2>&1 \
  | grep -v '^SLF4J\|^WARNING: Unsupported JavaFX'
