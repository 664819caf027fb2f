#!/bin/sh
# Generates reference-points.csv ONCE with independent tools; the tests compare MineLedger against it.
# Tools used (Debian 12): GeoConvert from GeographicLib 2.1.2 (geographiclib-tools), cs2cs from PROJ 9.1.1 (proj-bin).
#   sh make-reference-points.sh > reference-points.csv
# Columns:
#   lat,lon          WGS84 degrees, 10 decimals (the input; 1e-10 deg is about 0.01 mm)
#   utm              GeoConvert -u -p 4          (standard zone, 0.1 mm)
#   conv             GeoConvert -c -p 6          (meridian convergence of that UTM zone, degrees)
#   mgrs1m, mgrs1cm  GeoConvert -m -p 0 / -p 2   (5 and 7 digits; GeographicLib truncates)
#   eNNNN,nNNNN      cs2cs -d 5 EPSG:4326 EPSG:NNNN, easting and northing; empty outside the EPSG area of use.
#                    cs2cs prints EPSG axis order: E,N for 3067 but N,E for 2180, 3346, 3059, 3301; reordered here.
# Points: random points (fixed seeds) in each country, points on and 1e-7 deg either side of UTM zone edges
# (18, 24, 30, 36, 42 E) and MGRS latitude band edges (48, 56, 64 N), and points 5 cm either side of
# MGRS 100 km square corners (made by GeoConvert -g from UTM).
set -eu
LC_ALL=C
export LC_ALL
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

rand() { # seed n lat0 lat1 lon0 lon1
  awk -v s="$1" -v n="$2" -v a="$3" -v b="$4" -v c="$5" -v d="$6" \
    'BEGIN{srand(s); for(i=0;i<n;i++) printf "%.10f %.10f\n", a+(b-a)*rand(), c+(d-c)*rand()}'
}
{
  rand 101 80 59.80 70.00 20.60 31.50   # Finland
  rand 102 80 49.10 54.80 14.20 24.10   # Poland
  rand 103 40 57.60 59.60 21.80 28.10   # Estonia
  rand 104 40 55.70 58.00 21.00 28.20   # Latvia
  rand 105 40 53.90 56.40 21.00 26.80   # Lithuania
  rand 106 80 44.40 52.30 22.20 40.20   # Ukraine
  for lon in 18 24 30 36 42; do
    for lat in 45.5 49.25 51.75 54.1 57.3 60.2 63.9 67.7; do
      for d in -0.0000001 0 0.0000001; do
        awk -v a="$lat" -v o="$lon" -v d="$d" 'BEGIN{printf "%.10f %.10f\n", a, o+d}'
      done
    done
  done
  for lat in 48 56 64; do
    for lon in 19.3 21.7 23.9 25.5 27.2 29.9 33.3 37.1; do
      for d in -0.0000001 0 0.0000001; do
        awk -v a="$lat" -v o="$lon" -v d="$d" 'BEGIN{printf "%.10f %.10f\n", a+d, o}'
      done
    done
  done
  for z in 34 35 36; do
    for e in 300000 400000 500000 600000 700000; do
      for n in 5500000 6000000 6600000 7000000; do
        for de in -0.05 0.05; do
          for dn in -0.05 0.05; do
            echo "${z}n $(awk -v e=$e -v d=$de 'BEGIN{printf "%.2f", e+d}') $(awk -v n=$n -v d=$dn 'BEGIN{printf "%.2f", n+d}')"
          done
        done
      done
    done
  done | GeoConvert -g -p 9 | awk '{printf "%.10f %.10f\n", $1, $2}'
} > "$tmp/pts"

GeoConvert -u -p 4 < "$tmp/pts" > "$tmp/utm"
GeoConvert -c -p 6 < "$tmp/pts" | awk '{print $1}' > "$tmp/conv"
GeoConvert -m -p 0 < "$tmp/pts" > "$tmp/mgrs1m"
GeoConvert -m -p 2 < "$tmp/pts" > "$tmp/mgrs1cm"

# grid: epsg south west north east (EPSG area of use, from projinfo) northing_first
grid() {
  cs2cs -d 5 EPSG:4326 EPSG:"$1" < "$tmp/pts" | paste -d' ' "$tmp/pts" - \
  | awk -v s="$2" -v w="$3" -v n="$4" -v e="$5" -v nf="$6" \
    '{ if ($1<s || $1>n || $2<w || $2>e) print ","; else if (nf) print $4 "," $3; else print $3 "," $4 }' \
  > "$tmp/g$1"
}
grid 3067 58.84 19.08 70.09 31.59 0
grid 2180 49 14.14 55.93 24.15 1
grid 3346 53.89 19.02 56.45 26.82 1
grid 3059 55.67 19.06 58.09 28.24 1
grid 3301 57.52 20.37 60 28.2 1

echo "lat,lon,utm,conv,mgrs1m,mgrs1cm,e3067,n3067,e2180,n2180,e3346,n3346,e3059,n3059,e3301,n3301"
paste -d, "$tmp/pts" "$tmp/utm" "$tmp/conv" "$tmp/mgrs1m" "$tmp/mgrs1cm" \
  "$tmp/g3067" "$tmp/g2180" "$tmp/g3346" "$tmp/g3059" "$tmp/g3301" | sed 's/^\([^ ]*\) /\1,/'
