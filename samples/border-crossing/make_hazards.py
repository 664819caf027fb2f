#!/usr/bin/env python3
"""Draws the FICTIONAL hazard areas of the "border-crossing" sample on the training map.

TRAINING — FICTIONAL DATA. Invented hazard areas on an invented map; no real minefield is shown.
Uses the frame and border of ../../maps/training/make_training_map.py so that the belts follow the
border and the tracks of the map cross the areas. Deterministic: a re-run gives the same file.
    python3 samples/border-crossing/make_hazards.py
"""
import json
import math
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent / "maps" / "training"))
import make_training_map as tm  # noqa: E402


def belt(y0, y1, near_km, far_km, stations, seed):
    """A laid-minefield belt beside the border between northings y0 and y1 (km).

    Offsets are km east of the border (negative: west, in Aldera). The ring runs north along the
    side nearer the east and back south along the other, so it is counter-clockwise.
    """
    rnd = random.Random(seed)
    east, west = max(near_km, far_km), min(near_km, far_km)
    ys = [y0 + (y1 - y0) * i / (stations - 1) for i in range(stations)]
    right = [tm.border_point(y, east + rnd.uniform(-0.008, 0.008)) for y in ys]
    left = [tm.border_point(y, west + rnd.uniform(-0.008, 0.008)) for y in reversed(ys)]
    return right + left


# reference, name, kind, status, ring (km, local frame), notes
HAZARDS = [
    ("HA-0001", "Crossing north belt", "LMF", "active",
     belt(5.42, 5.92, -0.060, -0.130, 6, 1),
     "Protective minefield record MF-A-07 (fictional): one strip of AP mines, 500 m along the border north "
     "of the crossing. Fence and signs on the Aldera side; the Tarvo old track runs into it."),
    ("HA-0002", "Crossing south belt", "LMF", "active",
     belt(4.58, 5.05, -0.050, -0.130, 5, 2),
     "Protective minefield record MF-A-08 (fictional): two strips, AP and AT mixed. Ford path crosses it; "
     "path closed by fence at the road."),
    ("HA-0003", "River ford belt", "LMF", "reduced",
     belt(3.05, 3.45, -0.070, -0.140, 5, 3),
     "Minefield record MF-A-11 (fictional), laid to cover the old ford of the Salvenna. Northern third "
     "reduced by technical survey; remaining belt shown."),
    ("HA-0004", "Brennia belt north", "LMF", "active",
     belt(5.55, 6.10, 0.080, 0.160, 6, 4),
     "Record received from the Brennia side (fictional, MF-B-02): one strip of AP mines east of the border. "
     "Orvesk forest track enters the belt."),
    ("HA-0005", "Tarvo forest edge", "CHA", "active",
     tm.blob(7.75, 5.95, 0.17, 0.12, 15, 12, 0.15, 5),
     "Two AP mines found by a forestry worker at the forest edge (fictional). Tarvo old track passes through."),
    ("HA-0006", "Salvenna bridge field", "CHA", "active",
     tm.blob(4.78, 2.76, 0.14, 0.09, -20, 10, 0.15, 6),
     "Tripwire and one fragmentation mine seen by a farmer beside the field track (fictional)."),
    ("HA-0007", "Kessamo track", "CHA", "reduced",
     tm.blob(9.20, 7.30, 0.20, 0.13, 0, 14, 0.15, 7),
     "Mine incident with a vehicle on the Kessamo track (fictional). Reduced by technical survey from 11 ha."),
    ("HA-0008", "Pelvanni path", "CHA", "cleared",
     tm.blob(5.60, 8.42, 0.11, 0.08, 10, 9, 0.15, 8),
     "Cleared to 13 cm by manual teams (fictional task CL-014); 3 AP mines destroyed in place."),
    ("HA-0009", "Karvala east fields", "SHA", "active",
     tm.blob(6.30, 4.45, 0.25, 0.16, -25, 16, 0.12, 9),
     "Villagers report soldiers digging along the field edge (fictional). No direct evidence yet."),
    ("HA-0010", "Tarvo forest north", "SHA", "cancelled",
     tm.blob(7.60, 9.00, 0.25, 0.18, 5, 15, 0.12, 10),
     "Cancelled by non-technical survey (fictional): the reported trench line was a drainage ditch."),
    ("HA-0011", "Lake Temmi east shore", "SHA", "active",
     tm.blob(3.90, 6.15, 0.18, 0.12, 35, 11, 0.15, 11),
     "Fishermen avoid the shore path after an animal was killed by a blast (fictional)."),
    ("HA-0012", "Dorvenka meadow", "SHA", "handed over",
     tm.blob(11.10, 1.70, 0.20, 0.12, 20, 13, 0.12, 12),
     "Released and handed over to Dorvenka community (fictional certificate HO-003)."),
]


def signed_area(ring):
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1])) / 2


def main():
    features = []
    for ref, name, kind, status, ring, notes in HAZARDS:
        if signed_area(ring) < 0:
            ring = list(reversed(ring))
        coords = [tm.to_lonlat(x * 1000, y * 1000) for x, y in ring]
        features.append({"type": "Feature", "id": ref, "properties": {
            "reference": ref, "name": name, "kind": kind, "status": status, "notes": notes,
            "banner": tm.BANNER}, "geometry": {"type": "Polygon", "coordinates": [coords + [coords[0]]]}})
        print(f"{ref} {kind} {len(ring)} vertices, about {abs(signed_area(ring)) * 100:.1f} ha")
    doc = {"type": "FeatureCollection", "name": "border-crossing hazards", "training": True, "banner": tm.BANNER,
           "features": features}
    text = json.dumps(doc, ensure_ascii=False, indent=1)
    # one position per line keeps the file readable in a diff
    text = re.sub(r"\[\s+(-?[0-9.]+),\s+(-?[0-9.]+)\s+\]", r"[\1, \2]", text)
    (HERE / "hazards.geojson").write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
