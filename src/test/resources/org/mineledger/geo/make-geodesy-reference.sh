#!/bin/sh
# Generates geodesy-reference.txt ONCE with GeographicLib 2.1.2 command-line tools (Debian geographiclib-tools)
# and PROJ 9.1.1 (proj-bin). The tests compare MineLedger with it.
#   sh make-geodesy-reference.sh > geodesy-reference.txt
# Line kinds (space separated):
#   inverse lat1 lon1 lat2 lon2 azi1 azi2 s12        GeodSolve -i -p 9
#   direct  lat1 lon1 azi1 s12 lat2 lon2 azi2        GeodSolve -p 9
#   polygon NAME N perimeter area lat lon lat lon ...  Planimeter -p 12 (WGS84; signed, counter-clockwise positive)
#   conv    GRID lat lon gamma                        GeoConvert -c -p 8 -z ZONE for UTM; proj -V (PROJ) for EPSG
#   traverse NAME ZONE lat0 lon0 | grid bearings and distances | TP lat lon ...
#           legs with GRID bearings in UTM zone ZONE: at each start point gamma from GeoConvert -c -z ZONE,
#           true azimuth = grid + gamma, next point from GeodSolve.
set -eu
LC_ALL=C
export LC_ALL

for q in "60.5 27.5 60.51 27.52" "54.3521 18.6466 54.3529 18.6481" "50.45 30.52 48.92 24.71" \
         "59.437 24.7536 59.4371 24.7537" "69.0 20.0 59.0 31.0" "49.0 14.14 55.93 24.15"; do
  echo "inverse $q $(echo "$q" | GeodSolve -i -p 9)"
done
for q in "60.5 27.5 45 1000" "54.3521 18.6466 300.5 35.25" "50.45 30.52 -120 150000" \
         "59.437 24.7536 0 0.5" "62.0 25.0 179.99 10"; do
  echo "direct $q $(echo "$q" | GeodSolve -p 9)"
done

polygon() { # name then "lat lon" pairs, one per argument
  name=$1; shift
  pts=""
  for v in "$@"; do pts="$pts $v"; done
  r=$(for v in "$@"; do echo "$v"; done | Planimeter -p 12)
  echo "polygon $name $r$pts"
}
# A 100 m x 50 m field near Kotka (counter-clockwise), the same clockwise, a hole in it, a long thin strip
# in Poland, a triangle in Ukraine spanning zone 36/37, and a 2 km square in Estonia.
polygon field-ccw "60.500000 27.500000" "60.500000 27.501830" "60.500450 27.501830" "60.500450 27.500000"
polygon field-cw  "60.500000 27.500000" "60.500450 27.500000" "60.500450 27.501830" "60.500000 27.501830"
polygon field-hole "60.500100 27.500400" "60.500100 27.500800" "60.500300 27.500800" "60.500300 27.500400"
polygon strip "52.2297 21.0122" "52.2299 21.0122" "52.2299 21.0422" "52.2297 21.0422"
polygon triangle "48.5 35.9" "48.52 36.1" "48.6 35.95"
polygon estonia-square "58.70 25.50" "58.70 25.5345" "58.718 25.5345" "58.718 25.50"

for q in "35 62.6 29.8" "35 58.7 25.5" "34 54.1 17.9" "36 50.45 30.52" "35 69.9 31.0"; do
  set -- $q
  echo "conv UTM$1 $2 $3 $(echo "$2 $3" | GeoConvert -c -p 8 -z $1 | awk '{print $1}')"
done
conv_proj() { # epsg lat lon proj-string...
  e=$1; la=$2; lo=$3; shift 3
  echo "conv EPSG:$e $la $lo $(echo "$lo $la" | proj -V "$@" | awk '/^Convergence/ {gsub(/[][]/,""); print $NF}')"
}
conv_proj 3301 58.7 25.5 +proj=lcc +lat_1=59.33333333333334 +lat_2=58 +lat_0=57.51755393055556 +lon_0=24 +x_0=500000 +y_0=6375000 +ellps=GRS80
conv_proj 3301 59.4 21.9 +proj=lcc +lat_1=59.33333333333334 +lat_2=58 +lat_0=57.51755393055556 +lon_0=24 +x_0=500000 +y_0=6375000 +ellps=GRS80
conv_proj 2180 52.2 22.1 +proj=tmerc +lat_0=0 +lon_0=19 +k=0.9993 +x_0=500000 +y_0=-5300000 +ellps=GRS80
conv_proj 3346 55.1 21.2 +proj=tmerc +lat_0=0 +lon_0=24 +k=0.9998 +x_0=500000 +y_0=0 +ellps=GRS80
conv_proj 3059 57.0 27.6 +proj=tmerc +lat_0=0 +lon_0=24 +k=0.9996 +x_0=500000 +y_0=-6000000 +ellps=GRS80
conv_proj 3067 68.0 20.0 +proj=utm +zone=35 +ellps=GRS80

# A traverse with grid bearings (degrees) in UTM zone 35, started west of the central meridian (27 E)
# at 25.9 E where the convergence is about -0.96 deg, so grid and true bearings differ.
lat=60.5; lon=25.9
legs="45 120.5|135 80.25|225 120.5|315 80.25"
out="traverse grid-square 35 $lat $lon | $legs |"
IFS='|'
for leg in $legs; do
  IFS=' '
  set -- $leg
  g=$(echo "$lat $lon" | GeoConvert -c -p 9 -z 35 | awk '{print $1}')
  az=$(awk -v b="$1" -v g="$g" 'BEGIN{printf "%.12f", b+g}')
  r=$(echo "$lat $lon $az $2" | GeodSolve -p 9)
  lat=$(echo "$r" | awk '{print $1}'); lon=$(echo "$r" | awk '{print $2}')
  out="$out TP $lat $lon"
  IFS='|'
done
IFS=' '
echo "$out"
