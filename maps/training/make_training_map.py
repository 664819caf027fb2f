#!/usr/bin/env python3
"""Draws the FICTIONAL MineLedger training map and writes one GeoJSON file per layer.

TRAINING — FICTIONAL DATA. Every name, border, road and village here is invented. The map is drawn
in a local east/north frame in metres and placed on WGS84 only so that the app can show it; it does
not describe the real ground under those coordinates.

Run from anywhere with plain Python 3 (no packages needed):
    python3 maps/training/make_training_map.py
The output is deterministic (fixed random seeds), so a re-run gives byte-identical files.
"""
import json
import math
import random
from pathlib import Path

BANNER = "TRAINING — FICTIONAL DATA"
OUT = Path(__file__).resolve().parent

# --- frame ---------------------------------------------------------------------------------------
# South-west corner of the map and its size. 1 km of map = 1 km on the WGS84 ellipsoid near 58° N.
LON0, LAT0 = 27.02, 57.95
WIDTH_M, HEIGHT_M = 15000.0, 10000.0
A_WGS84 = 6378137.0
E2_WGS84 = 0.00669437999014


def _radii(lat_deg):
    s = math.sin(math.radians(lat_deg))
    w = 1.0 - E2_WGS84 * s * s
    meridional = A_WGS84 * (1.0 - E2_WGS84) / w ** 1.5
    prime_vertical = A_WGS84 / math.sqrt(w)
    return meridional, prime_vertical


def to_lonlat(x_m, y_m):
    """Local frame (metres east and north of the south-west corner) to WGS84 degrees."""
    mid_lat = LAT0 + math.degrees(y_m / 2.0 / _radii(LAT0)[0])
    lat = LAT0 + math.degrees(y_m / _radii(mid_lat)[0])
    lon = LON0 + math.degrees(x_m / (_radii(lat)[1] * math.cos(math.radians(lat))))
    return [round(lon, 7), round(lat, 7)]


def extent_lonlat():
    """[min lon, min lat, max lon, max lat] of the map rectangle."""
    ne = to_lonlat(WIDTH_M, HEIGHT_M)
    return [LON0, LAT0, ne[0], ne[1]]


# --- drawing helpers (all in km of the local frame) -----------------------------------------------

def wiggle(points, amp_km, step_km, seed):
    """Densifies a polyline and bends each leg sideways; the given points stay fixed."""
    rnd = random.Random(seed)
    out = [tuple(points[0])]
    for (x0, y0), (x1, y1) in zip(points, points[1:]):
        length = math.hypot(x1 - x0, y1 - y0)
        n = max(1, int(length / step_km))
        nx, ny = -(y1 - y0) / length, (x1 - x0) / length
        waves = [rnd.uniform(-amp_km, amp_km) / k for k in (1, 2, 3, 5)]
        for i in range(1, n + 1):
            t = i / n
            d = sum(w * math.sin(k * math.pi * t) for w, k in zip(waves, (1, 2, 3, 5))) if i < n else 0.0
            out.append((x0 + (x1 - x0) * t + nx * d, y0 + (y1 - y0) * t + ny * d))
    return out


def blob(cx, cy, rx, ry, rot_deg, n, rough, seed):
    """A star-shaped (hence simple) counter-clockwise ring around (cx, cy), open (not closed)."""
    rnd = random.Random(seed)
    rot = math.radians(rot_deg)
    ring = []
    for i in range(n):
        a = 2 * math.pi * (i + rnd.uniform(-0.3, 0.3)) / n
        r = 1.0 + rnd.uniform(-rough, rough)
        ex, ey = rx * math.cos(a) * r, ry * math.sin(a) * r
        ring.append((cx + ex * math.cos(rot) - ey * math.sin(rot), cy + ex * math.sin(rot) + ey * math.cos(rot)))
    return ring


def point_in_ring(x, y, ring):
    inside = False
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
            inside = not inside
    return inside


def seg_distance(px, py, a, b):
    (ax, ay), (bx, by) = a, b
    dx, dy = bx - ax, by - ay
    t = 0.0 if dx == dy == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - ax - t * dx, py - ay - t * dy)


# --- the state border -----------------------------------------------------------------------------
# West of the border lies the (fictional) Republic of Aldera, east of it the Kingdom of Brennia.
CROSSING = (8.45, 5.25)      # road border crossing Karvala–Orvesk
RIVER_AT_BORDER = (8.60, 2.80)
BORDER = wiggle([(8.90, 0.0), (8.70, 1.20), (8.75, 2.00), RIVER_AT_BORDER, (8.55, 3.60), (8.40, 4.40),
                 CROSSING, (8.35, 6.00), (8.50, 6.80), (8.30, 7.60), (8.40, 8.50), (8.20, 10.0)],
                amp_km=0.035, step_km=0.06, seed=11)


def border_point(y_km, offset_km):
    """The point on the border at northing y, moved offset km east (negative: west, into Aldera)."""
    for (x0, y0), (x1, y1) in zip(BORDER, BORDER[1:]):
        if y0 <= y_km <= y1:
            t = (y_km - y0) / (y1 - y0)
            return (x0 + (x1 - x0) * t + offset_km, y_km)
    raise ValueError(f"northing {y_km} km is off the border")


# --- villages: (name, country, centre, radii, rotation) ---------------------------------------------
VILLAGES = [
    ("Karvala", "Aldera", (5.00, 5.00), (0.55, 0.35), 10),
    ("Pelvanni", "Aldera", (4.60, 8.70), (0.30, 0.22), -20),
    ("Ivrelka", "Aldera", (3.40, 1.30), (0.35, 0.22), 30),
    ("Temmila", "Aldera", (1.20, 8.30), (0.25, 0.30), 0),
    ("Mellavo", "Aldera", (6.90, 1.00), (0.22, 0.15), 15),
    ("Orvesk", "Brennia", (11.60, 5.60), (0.70, 0.45), -15),
    ("Saltenmoor", "Brennia", (12.90, 8.70), (0.30, 0.25), 25),
    ("Dorvenka", "Brennia", (12.20, 1.40), (0.32, 0.24), -30),
]

# --- roads ------------------------------------------------------------------------------------------
ROADS = [
    ("main", "Karvala–Orvesk road", [(0.0, 5.20), (1.50, 5.30), (3.00, 5.00), (4.20, 4.95), (5.00, 5.00),
                                     (6.20, 5.15), (7.30, 5.30), CROSSING, (9.60, 5.35), (10.60, 5.50),
                                     (11.60, 5.60), (13.00, 5.80), (15.0, 6.10)]),
    ("secondary", "Karvala–Pelvanni road", [(5.00, 5.00), (5.10, 6.00), (4.80, 7.20), (4.60, 8.70), (4.40, 10.0)]),
    ("secondary", "Karvala–Ivrelka road", [(5.00, 5.00), (4.70, 3.80), (4.10, 2.60), (3.60, 1.90), (3.40, 1.30),
                                           (3.20, 0.0)]),
    ("secondary", "Temmila road", [(1.50, 5.30), (1.20, 6.50), (1.20, 8.30), (0.90, 10.0)]),
    ("secondary", "Ivrelka–Mellavo road", [(3.40, 1.30), (5.20, 1.10), (6.90, 1.00)]),
    ("secondary", "Orvesk–Saltenmoor road", [(11.60, 5.60), (12.00, 6.80), (12.60, 7.90), (12.90, 8.70),
                                             (13.30, 10.0)]),
    ("secondary", "Orvesk–Dorvenka road", [(11.60, 5.60), (11.90, 4.20), (12.10, 2.60), (12.20, 1.40), (12.40, 0.0)]),
    ("secondary", "Brennia border road", [(10.60, 5.50), (10.20, 7.00), (10.00, 8.90), (10.10, 10.0)]),
]

# --- rivers and lakes -------------------------------------------------------------------------------
RIVERS = [
    ("river", "Salvenna", [(15.0, 3.10), (13.50, 2.90), (12.10, 2.20), (10.80, 2.70), (9.60, 2.60), RIVER_AT_BORDER,
                        (7.50, 2.30), (6.20, 1.70), (5.00, 1.90), (3.85, 2.25), (3.30, 2.20), (2.50, 2.10),
                        (1.20, 1.60), (0.0, 1.40)]),
    ("stream", "Temmi brook", [(2.75, 6.40), (2.90, 5.60), (3.00, 5.00), (3.20, 4.00), (3.50, 3.00), (3.30, 2.20)]),
    ("stream", "Orva brook", [(9.40, 10.0), (9.30, 8.50), (9.60, 7.20), (10.30, 6.30), (9.90, 6.00), (9.85, 5.37),
                              (9.80, 4.50), (9.60, 2.60)]),
    ("stream", "Pilvi ditch", [(6.62, 8.25), (5.90, 7.70), (4.88, 7.05), (4.10, 6.90), (3.45, 6.85)]),
    ("stream", "Moor ditch", [(13.45, 3.70), (13.30, 3.30), (13.50, 2.90)]),
]
LAKES = [
    ("Lake Temmi", blob(2.55, 6.80, 0.95, 0.45, 20, 40, 0.08, 21)),
    ("Pilvi pond", blob(6.80, 8.30, 0.20, 0.12, -10, 18, 0.10, 22)),
    ("Moor pond", blob(13.60, 3.85, 0.18, 0.14, 30, 16, 0.10, 23)),
    ("Mill pond", blob(5.95, 1.55, 0.07, 0.045, 0, 12, 0.10, 24)),
]

# --- forests ----------------------------------------------------------------------------------------
FORESTS = [
    ("Tarvo Forest", blob(7.35, 7.55, 1.15, 1.85, 5, 64, 0.10, 31)),
    ("Mirel Woods", blob(7.45, 3.90, 1.00, 0.80, -10, 48, 0.10, 32)),
    ("Ustva Forest", blob(0.90, 3.50, 0.80, 1.25, 0, 48, 0.10, 33)),
    ("Hirsko Wood", blob(2.65, 9.25, 0.95, 0.55, 0, 40, 0.10, 34)),
    ("Kessamo Forest", blob(9.30, 8.20, 0.85, 1.55, -5, 56, 0.10, 35)),
    ("Ruvenna Forest", blob(10.35, 3.65, 1.15, 0.75, 8, 48, 0.10, 36)),
    ("Saltenmoor Wood", blob(14.20, 8.40, 0.55, 1.20, 0, 40, 0.10, 37)),
    ("Dorvenka Wood", blob(14.05, 1.35, 0.60, 0.75, 20, 36, 0.10, 38)),
    ("Ivrelka Wood", blob(1.75, 0.62, 0.95, 0.45, 5, 36, 0.10, 39)),
]

# --- tracks (forest tracks and footpaths); several cross the sample hazard areas on purpose ---------
TRACKS = [
    ("forest track", "Aldera patrol track", [border_point(y, -0.40) for y in (0.90, 2.0, 3.0, 4.0, 4.9)]
     + [border_point(y, -0.40) for y in (5.6, 6.5, 7.5, 8.5, 9.6)]),
    ("forest track", "Brennia patrol track", [border_point(y, 0.35) for y in (0.50, 1.5, 2.5, 3.5, 4.5)]
     + [border_point(y, 0.35) for y in (6.2, 7.0, 8.0, 9.0, 9.7)]),
    ("forest track", "Tarvo old track", [(5.55, 5.35), (6.60, 5.75), (7.75, 5.95), border_point(5.67, -0.095),
                                         border_point(5.62, 0.0)]),
    ("footpath", "Ford path", [(7.70, 5.29), border_point(4.80, -0.09), (8.05, 4.20), border_point(3.25, -0.105),
                               border_point(2.88, -0.06)]),
    ("field track", "Salvenna field track", [(4.45, 3.30), (4.78, 2.76), (5.60, 2.55), (6.60, 2.30),
                                          border_point(2.55, -0.40)]),
    ("field track", "Mirel field track", [(5.50, 4.95), (6.30, 4.45), (6.95, 4.05), (7.60, 3.70),
                                          border_point(3.65, -0.40)]),
    ("forest track", "Orvesk forest track", [(10.40, 6.20), (9.40, 6.00), border_point(5.82, 0.12),
                                             border_point(5.80, 0.0)]),
    ("forest track", "Kessamo track", [(10.15, 7.40), (9.20, 7.30), border_point(7.20, 0.35)]),
    ("footpath", "Pelvanni path", [(4.60, 8.70), (5.60, 8.42), (6.45, 8.55), (7.30, 8.20), border_point(8.10, -0.40)]),
    ("forest track", "Hirsko track", [(4.45, 9.55), (5.80, 9.30), (7.60, 9.00), border_point(8.95, -0.40)]),
    ("footpath", "Lake shore path", [(4.90, 5.40), (3.90, 6.15), (3.55, 6.60), (2.90, 7.40), (1.45, 8.10)]),
    ("field track", "Dorvenka meadow track", [(12.20, 1.40), (11.10, 1.70), (10.10, 2.25), border_point(2.10, 0.35)]),
    ("forest track", "Ustva track", [(1.50, 5.30), (1.00, 4.20), (0.90, 2.80), (1.20, 1.60)]),
    ("field track", "Saltenmoor field track", [(12.60, 7.90), (13.80, 7.00), (15.0, 6.90)]),
]

LABELS = [
    ("country", "ALDERA", (6.60, 0.35)), ("country", "BRENNIA", (10.20, 0.35)),
    ("lake", "Lake Temmi", (2.55, 6.80)), ("lake", "Pilvi pond", (6.80, 8.30)), ("lake", "Moor pond", (13.60, 3.85)),
    ("river", "Salvenna", (11.20, 2.35)), ("river", "Salvenna", (2.00, 1.80)), ("stream", "Orva brook", (9.55, 7.80)),
    ("stream", "Temmi brook", (3.30, 3.70)),
    ("hill", "Kolmi hill 112", (13.80, 4.90)), ("hill", "Varusk hill 98", (2.10, 4.40)),
] + [("forest", name, _centre) for name, _centre in
     [("Tarvo Forest", (7.10, 7.00)), ("Mirel Woods", (7.40, 4.00)), ("Ustva Forest", (0.75, 3.50)),
      ("Hirsko Wood", (2.65, 9.30)), ("Kessamo Forest", (9.10, 8.80)), ("Ruvenna Forest", (10.60, 3.30)),
      ("Saltenmoor Wood", (14.20, 8.40)), ("Dorvenka Wood", (14.05, 1.35)), ("Ivrelka Wood", (1.75, 0.62))]]


# --- farmland: parcels around each village, kept off forest, water, roads and the border ------------

def farmland():
    rings = [ring for _, ring in FORESTS] + [ring for _, ring in LAKES] + village_rings()
    lines = [pts for _, _, pts in ROADS] + [wiggle(p, 0.03, 0.08, 40 + i) for i, (_, _, p) in enumerate(RIVERS)]
    lines.append(BORDER)
    cell = 0.25
    index = {}
    for line in lines:
        for a, b in zip(line, line[1:]):
            for gx in range(int(min(a[0], b[0]) / cell) - 1, int(max(a[0], b[0]) / cell) + 2):
                for gy in range(int(min(a[1], b[1]) / cell) - 1, int(max(a[1], b[1]) / cell) + 2):
                    index.setdefault((gx, gy), []).append((a, b))

    def clear_of_lines(ring):
        for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
            for t in (0.0, 0.25, 0.5, 0.75):
                px, py = x0 + (x1 - x0) * t, y0 + (y1 - y0) * t
                for a, b in index.get((int(px / cell), int(py / cell)), []):
                    if seg_distance(px, py, a, b) < 0.03:
                        return False
        return True

    def clear_of_areas(ring):
        cx, cy = sum(p[0] for p in ring) / 4, sum(p[1] for p in ring) / 4
        return not any(point_in_ring(px, py, other) for other in rings for px, py in ring + [(cx, cy)])

    parcels = []
    for k, (name, _, (vx, vy), (rx, ry), _) in enumerate(VILLAGES):
        rnd = random.Random(50 + k)
        angle = math.radians(rnd.uniform(-40, 40))
        ca, sa = math.cos(angle), math.sin(angle)
        length, width = rnd.uniform(0.28, 0.40), rnd.uniform(0.11, 0.16)
        reach = 1.7 if name in ("Karvala", "Orvesk") else 1.1
        for i in range(-int(reach / length) - 1, int(reach / length) + 2):
            for j in range(-int(reach / width) - 1, int(reach / width) + 2):
                u0, v0 = i * length + 0.012, j * width + 0.008
                u1, v1 = u0 + length * rnd.uniform(0.85, 0.97), v0 + width * rnd.uniform(0.85, 0.95)
                ring = [(vx + u * ca - v * sa + rnd.uniform(-0.008, 0.008), vy + u * sa + v * ca + rnd.uniform(-0.008, 0.008))
                        for u, v in ((u0, v0), (u1, v0), (u1, v1), (u0, v1))]
                cx, cy = sum(p[0] for p in ring) / 4, sum(p[1] for p in ring) / 4
                if math.hypot((cx - vx) / (rx + reach), (cy - vy) / (ry + reach)) > 1.0 or rnd.random() < 0.12:
                    continue
                if not all(0.02 < x < WIDTH_M / 1000 - 0.02 and 0.02 < y < HEIGHT_M / 1000 - 0.02 for x, y in ring):
                    continue
                if any(point_in_ring(cx, cy, p) for p in parcels):
                    continue
                if clear_of_areas(ring) and clear_of_lines(ring):
                    crop = rnd.choice(["arable", "arable", "arable", "pasture", "hay meadow"])
                    parcels.append(ring)
                    yield name, crop, ring


def village_rings():
    return [blob(cx, cy, rx, ry, rot, 20, 0.12, 60 + i) for i, (_, _, (cx, cy), (rx, ry), rot) in enumerate(VILLAGES)]


# --- output -----------------------------------------------------------------------------------------

def line_geometry(points_km):
    return {"type": "LineString", "coordinates": [to_lonlat(x * 1000, y * 1000) for x, y in points_km]}


def polygon_geometry(ring_km):
    ring = [to_lonlat(x * 1000, y * 1000) for x, y in ring_km]
    return {"type": "Polygon", "coordinates": [ring + [ring[0]]]}


def point_geometry(p_km):
    return {"type": "Point", "coordinates": to_lonlat(p_km[0] * 1000, p_km[1] * 1000)}


def feature(geometry, **properties):
    properties["banner"] = BANNER
    return {"type": "Feature", "properties": properties, "geometry": geometry}


def write(layer, description, features):
    check_inside(layer, features)
    doc = {"type": "FeatureCollection", "name": layer, "training": True, "banner": BANNER,
           "description": description, "features": features}
    text = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
    text = text.replace('{"type":"Feature",', '\n{"type":"Feature",')
    (OUT / f"{layer}.geojson").write_text(text + "\n", encoding="utf-8")
    return len(features)


def check_inside(layer, features):
    west, south, east, north = extent_lonlat()
    for f in features:
        g = f["geometry"]
        flat = [g["coordinates"]] if g["type"] == "Point" else (
            g["coordinates"] if g["type"] == "LineString" else g["coordinates"][0])
        for lon, lat in flat:
            if not (west - 1e-9 <= lon <= east + 1e-9 and south - 1e-9 <= lat <= north + 1e-9):
                raise SystemExit(f"{layer}: {f['properties']} leaves the map at {lon}, {lat}")


def main():
    counts = {}
    cross = to_lonlat(CROSSING[0] * 1000, CROSSING[1] * 1000)
    counts["border"] = write("border", "Fictional state border Aldera–Brennia with one road crossing point.", [
        feature(line_geometry(BORDER), cls="state border", name="Aldera–Brennia border"),
        feature({"type": "Point", "coordinates": cross}, cls="crossing", name="Karvala–Orvesk crossing point"),
    ])
    counts["roads"] = write("roads", "Fictional roads, class main or secondary.", [
        feature(line_geometry(wiggle(pts, 0.02, 0.15, 100 + i)), **{"class": cls, "name": name})
        for i, (cls, name, pts) in enumerate(ROADS)])
    counts["tracks"] = write("tracks", "Fictional forest tracks, field tracks and footpaths.", [
        feature(line_geometry(wiggle(pts, 0.03, 0.07, 200 + i)), **{"class": cls, "name": name})
        for i, (cls, name, pts) in enumerate(TRACKS)])
    counts["rivers"] = write("rivers", "Fictional river and streams (centre lines).", [
        feature(line_geometry(wiggle(pts, 0.03, 0.08, 40 + i)), **{"class": cls, "name": name})
        for i, (cls, name, pts) in enumerate(RIVERS)])
    counts["lakes"] = write("lakes", "Fictional lakes and ponds.", [
        feature(polygon_geometry(ring), name=name) for name, ring in LAKES])
    rings = village_rings()
    counts["villages"] = write("villages", "Fictional built-up areas (polygons) and village name points.", [
        feature(polygon_geometry(ring), cls="built-up area", name=name, country=country)
        for ring, (name, country, *_rest) in zip(rings, VILLAGES)] + [
        feature(point_geometry(centre), cls="village label", name=name, country=country)
        for name, country, centre, *_rest in VILLAGES])
    counts["forest"] = write("forest", "Fictional forest.", [
        feature(polygon_geometry(ring), name=name) for name, ring in FORESTS])
    counts["farmland"] = write("farmland", "Fictional field parcels.", [
        feature(polygon_geometry(ring), **{"class": crop, "village": village})
        for village, crop, ring in farmland()])
    counts["labels"] = write("labels", "Fictional names to print on the map.", [
        feature(point_geometry(p), cls=cls, name=name) for cls, name, p in LABELS])
    west, south, east, north = extent_lonlat()
    index = {
        "id": "training", "title": "Aldera–Brennia training area (fictional)", "training": True, "banner": BANNER,
        "description": "A fictional 15 km × 10 km border area for training. Not a real place: the names, border, "
                       "roads and villages are invented and do not describe the ground under these coordinates.",
        "extent": [west, south, east, north],
        "layers": [
            {"file": "farmland.geojson", "kind": "FARMLAND"}, {"file": "forest.geojson", "kind": "FOREST"},
            {"file": "lakes.geojson", "kind": "LAKE"}, {"file": "rivers.geojson", "kind": "RIVER"},
            {"file": "villages.geojson", "kind": "VILLAGE"}, {"file": "tracks.geojson", "kind": "TRACK"},
            {"file": "roads.geojson", "kind": "ROAD"}, {"file": "border.geojson", "kind": "STATE_BORDER"},
            {"file": "labels.geojson", "kind": "LABEL"}],
        "featureCounts": counts,
        "generator": "make_training_map.py",
    }
    (OUT / "map.json").write_text(json.dumps(index, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(counts), "extent", [west, south, east, north])


if __name__ == "__main__":
    main()
