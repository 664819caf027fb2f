"""Shared helpers for the scripts that draw the FICTIONAL training scenarios under samples/.

TRAINING — FICTIONAL DATA. Geometry is drawn in the local frame of ../maps/training/make_training_map.py
(km east and north of the map's south-west corner). Bearings, distances, areas and grid references that a
student must reproduce are computed with GeographicLib's command-line tools (GeodSolve, Planimeter,
GeoConvert), so the expected values in walkthrough.json come from an independent implementation of the
geodesic and UTM/MGRS maths, not from MineLedger itself. The tools are needed only to re-generate the files.
"""
import json
import math
import re
import subprocess
import sys
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent
sys.path.insert(0, str(SAMPLES.parent / "maps" / "training"))
import make_training_map as tm  # noqa: E402

BANNER = tm.BANNER
MILS = 6400.0  # NATO mils to a full circle


def lonlat(x_km, y_km):
    """Local frame (km) to [lon, lat] on WGS84, as the training map places it."""
    return tm.to_lonlat(x_km * 1000, y_km * 1000)


def _run(tool, args, line):
    out = subprocess.run([tool, *args], input=line + "\n", capture_output=True, text=True, check=True)
    return out.stdout.split()


def direct(lon, lat, bearing_mils, distance_m):
    """The point reached from (lon, lat) on a true bearing in mils over a distance (GeodSolve)."""
    azimuth = bearing_mils * 360.0 / MILS
    lat2, lon2, _ = _run("GeodSolve", ["-p", "9"], f"{lat} {lon} {azimuth} {distance_m}")
    return [round(float(lon2), 8), round(float(lat2), 8)]


def inverse(a, b):
    """(distance m, initial true bearing in mils) from a to b, both [lon, lat] (GeodSolve -i)."""
    azi1, _, s12 = _run("GeodSolve", ["-i", "-p", "9"], f"{a[1]} {a[0]} {b[1]} {b[0]}")
    return float(s12), (float(azi1) % 360.0) * MILS / 360.0


def area_m2(ring):
    """Geodesic area of a ring of [lon, lat] (Planimeter), square metres."""
    text = "\n".join(f"{lat} {lon}" for lon, lat in ring)
    out = subprocess.run(["Planimeter", "-p", "3"], input=text + "\n", capture_output=True, text=True, check=True)
    return abs(float(out.stdout.split()[2]))


def mgrs(point, digits=5):
    """MGRS reference of [lon, lat] to 1 m (digits=5), as GeoConvert prints it."""
    return _run("GeoConvert", ["-m", "-p", str(digits - 5)], f"{point[1]} {point[0]}")[0]


def utm(point):
    """UTM text 'zone+hemisphere easting northing' of [lon, lat] to 1 m, as GeoConvert prints it."""
    zone, easting, northing = _run("GeoConvert", ["-u", "-p", "0"], f"{point[1]} {point[0]}")
    return f"{zone.upper()} {easting} {northing}"


def lest97(point):
    """Estonian L-EST97 (EPSG:3301) text with labelled northing and easting to 1 cm (PROJ cs2cs)."""
    northing, easting = _run("cs2cs", ["-f", "%.2f", "EPSG:4326", "EPSG:3301"], f"{point[1]} {point[0]}")[:2]
    return f"EPSG:3301 N {northing} E {easting}"


def latlon_text(point):
    """Decimal degrees as MineLedger reads them, e.g. '58.0012345 N, 27.1234567 E'."""
    return f"{point[1]:.7f} N, {point[0]:.7f} E"


def ccw(ring):
    """The ring counter-clockwise (positive signed area in lon/lat), open."""
    s = sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]))
    return ring if s > 0 else list(reversed(ring))


def hazard(ref, name, kind, status, ring, notes):
    """A hazard-area feature; ring is open [lon, lat] and is made counter-clockwise and closed."""
    r = ccw([list(p) for p in ring])
    return {"type": "Feature", "id": ref, "properties": {
        "reference": ref, "name": name, "kind": kind, "status": status, "notes": notes, "banner": BANNER},
        "geometry": {"type": "Polygon", "coordinates": [r + [r[0]]]}}


def blob(cx, cy, rx, ry, rot, n, rough, seed):
    """A star-shaped ring in [lon, lat] around (cx, cy) km of the local frame."""
    return [lonlat(x, y) for x, y in tm.blob(cx, cy, rx, ry, rot, n, rough, seed)]


def check_inside_map(features):
    west, south, east, north = tm.extent_lonlat()
    for f in features:
        for lon, lat in f["geometry"]["coordinates"][0]:
            if not (west < lon < east and south < lat < north):
                raise SystemExit(f"{f['id']} leaves the training map at {lon}, {lat}")


def write_json(path, doc):
    text = json.dumps(doc, ensure_ascii=False, indent=1)
    # one position per line keeps the file readable in a diff
    text = re.sub(r"\[\s+(-?[0-9.]+),\s+(-?[0-9.]+)\s+\]", r"[\1, \2]", text)
    Path(path).write_text(text + "\n", encoding="utf-8")


def feature_collection(name, features):
    check_inside_map(features)
    return {"type": "FeatureCollection", "name": name, "training": True, "banner": BANNER, "features": features}
