#!/usr/bin/env python3
"""Draws the FICTIONAL "laid-protective-minefield" training scenario.

TRAINING — FICTIONAL DATA. An invented protective minefield beside the invented Karvala–Orvesk border
crossing of the training map, recorded by traverse: landmark (the crossing point marker), reference point,
turning points by true bearing in NATO mils and distance in metres, two strips of self-destructing
anti-personnel training mines. Positions are computed with GeographicLib's GeodSolve, grid references
with GeoConvert and areas with Planimeter (installed with the geographiclib-tools package).
Writes hazards.geojson, solution.geojson, laid-record.json and walkthrough.json; a re-run gives the same files.
    python3 samples/laid-protective-minefield/make_scenario.py
"""
import math
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import scenario_tools as st  # noqa: E402

LANDMARK = st.lonlat(*st.tm.CROSSING)  # the crossing point marker post, on the map as "Karvala–Orvesk crossing point"
LM_TO_RP = (4750, 210)                 # true bearing (mils), distance (m)
RP_TO_TP1 = (3250, 60)
LEGS = [(3180, 240), (1240, 85), (6330, 130), (6380, 105), (4900, 70)]  # TP1→TP2 … TP5→TP6
# strip starts from TP1; both strips lie inside the trace (strip A 3-4 m inside the TP1-TP2 edge)
STRIPS = [("A", (2900, 15), [(3190, 110), (3170, 105)], 36),
          ("B", (1500, 40), [(3185, 200)], 34)]
MARGIN_M = 25  # clearance safety margin around the trace, set by the (fictional) mine action centre


def offset_ring(ring, margin_m):
    """The ring moved margin_m outward on every side (mitred corners), as [lon, lat]: each edge is margin_m from the
    trace's edge. Worked in metres east/north of the ring's mean point (GeodSolve), exact to mm over a few hundred m."""
    centre = [sum(p[0] for p in ring) / len(ring), sum(p[1] for p in ring) / len(ring)]
    xy = []
    for p in ring:
        d, mils = st.inverse(centre, p)
        a = math.radians(mils * 360.0 / st.MILS)
        xy.append((d * math.sin(a), d * math.cos(a)))
    sign = 1 if sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(xy, xy[1:] + xy[:1])) > 0 else -1
    lines = []  # each edge as a point and a direction, moved outward
    for (x0, y0), (x1, y1) in zip(xy, xy[1:] + xy[:1]):
        dx, dy = x1 - x0, y1 - y0
        n = math.hypot(dx, dy)
        ox, oy = sign * dy / n * margin_m, -sign * dx / n * margin_m  # outward normal, left of the edge is inside
        lines.append(((x0 + ox, y0 + oy), (dx, dy)))
    out = []
    for i in range(len(lines)):
        (px, py), (dx, dy) = lines[i - 1]
        (qx, qy), (ex, ey) = lines[i]
        t = ((qx - px) * ey - (qy - py) * ex) / (dx * ey - dy * ex)
        x, y = px + t * dx, py + t * dy
        mils = (math.degrees(math.atan2(x, y)) % 360.0) * st.MILS / 360.0
        out.append(st.direct(centre[0], centre[1], mils, math.hypot(x, y)))
    return out


def walk(start, legs):
    points = [start]
    for mils, metres in legs:
        points.append(st.direct(points[-1][0], points[-1][1], mils, metres))
    return points


def add_laid_record(rp, tp1, closing, strips):
    """The record in the 'record add-laid' file format: strip starts tied to the RP (GeodSolve -i), 0.1 m / 1 mil."""
    def leg(mils, metres):
        return {"bearing": mils, "unit": "mils", "north": "true", "distance_m": metres}

    out = []
    for (letter, start_leg, legs, mines), s in zip(STRIPS, strips):
        start = st.direct(tp1[0], tp1[1], *start_leg)
        d, mils = st.inverse(rp, start)
        out.append({"label": letter, "start_marker": f"steel picket {letter}1, red (fictional)",
                    "end_marker": f"steel picket {letter}2, red (fictional)",
                    "from_rp": leg(round(mils), round(d, 1)), "legs": [leg(b, m) for b, m in legs],
                    "mines": [{"model": "AP-T1 training mine (fictional)", "category": "AP", "count": mines,
                               "spacing_m": s["spacing_m"], "fuze": "pressure", "anti_handling": "",
                               "emplacement": "hand", "self_destruct_days": 30, "self_deactivation_days": 120}]})
    return {
        "notes": "TRAINING — FICTIONAL DATA. Invented unit, place and mines.",
        "number": "MF-A-21", "type": "protective", "unit": "1st Training Engineer Company (fictional)",
        "authority": "Training Brigade HQ (fictional)", "officer_in_charge": "Lt. A. Example (fictional)",
        "classification": "TRAINING — FICTIONAL DATA",
        "laying_started": "2024-05-14T05:30:00Z", "laying_completed": "2024-05-14T11:10:00Z",
        "landmark": {"description": "Karvala–Orvesk crossing point marker post", "position": st.latlon_text(LANDMARK)},
        "landmark_to_rp": leg(*LM_TO_RP), "rp_to_tp1": leg(*RP_TO_TP1),
        "perimeter": [leg(b, m) for b, m in LEGS] + [leg(*closing)],
        "closure_tolerance_m": 0.5,
        "strips": out,
        "lanes_and_gaps": [],
        "marking": "Perimeter fence with triangular red warning signs every 25 m (fictional)",
        "fencing": "single-strand wire at 1 m on pickets (fictional)",
        "monitoring": "section patrol twice daily until the mines self-destruct (fictional)",
        "laid_by": "Sgt. B. Example (fictional)", "verified_by": "Capt. C. Example (fictional)",
    }


def main():
    rp = st.direct(LANDMARK[0], LANDMARK[1], *LM_TO_RP)
    tp1 = st.direct(rp[0], rp[1], *RP_TO_TP1)
    tps = walk(tp1, LEGS)  # TP1 … TP6
    gap_m, gap_mils = st.inverse(tps[-1], tp1)
    closing = (round(gap_mils), round(gap_m))
    closure_m, _ = st.inverse(st.direct(tps[-1][0], tps[-1][1], *closing), tp1)
    trace_area = st.area_m2(tps)

    cha = offset_ring(tps, MARGIN_M)
    cha_area = st.area_m2(cha)

    context = [
        st.hazard("HA-0001", "Brennia belt (received record)", "LMF", "active",
                  [st.lonlat(x, y) for x, y in [st.tm.border_point(5.40, 0.08), st.tm.border_point(5.40, 0.15),
                                                st.tm.border_point(5.75, 0.15), st.tm.border_point(5.75, 0.08)]],
                  "Record MF-B-11 (fictional) received from the Brennia side: one strip of AP mines east of the border."),
        st.hazard("HA-0002", "Crossing post verge", "SHA", "active",
                  st.blob(8.27, 4.72, 0.06, 0.04, 10, 9, 0.12, 81),
                  "A customs officer (fictional) reports warning signs seen here years ago; no direct evidence."),
    ]
    lmf = st.hazard("HA-0003", "Crossing west protective minefield", "LMF", "active", tps,
                    "Protective minefield record MF-A-21 (fictional), entered by traverse from the crossing point marker. "
                    "Strips A and B, 70 self-destructing AP training mines.")
    chaf = st.hazard("HA-0004", "Crossing west minefield (for clearance)", "CHA", "active", cha,
                     f"Confirmed hazard area made from record MF-A-21 (fictional) with a {MARGIN_M} m safety margin, "
                     "for clearance after hostilities.")
    st.write_json(HERE / "hazards.geojson", st.feature_collection("laid-protective-minefield hazards", context))
    cancelled = dict(context[1], properties=dict(context[1]["properties"], status="cancelled"))
    st.write_json(HERE / "solution.geojson", st.feature_collection(
        "laid-protective-minefield reference solution", [context[0], cancelled, lmf, chaf]))

    strips = []
    for letter, start_leg, legs, mines in STRIPS:
        start = st.direct(tp1[0], tp1[1], *start_leg)
        pts = walk(start, legs)
        strips.append({"strip": letter, "start": {"from": "TP1", "bearing_mils": start_leg[0], "distance_m": start_leg[1],
                                                  "position": st.latlon_text(start)},
                       "legs": [{"bearing_mils": b, "distance_m": d} for b, d in legs],
                       "end": st.latlon_text(pts[-1]), "mines": mines, "spacing_m": round(sum(d for _, d in legs) / (mines - 1), 1),
                       "mineType": "AP-T1 training mine (fictional), pressure fuze, self-destruct 30 days, self-deactivation 120 days",
                       "antiHandling": False})
    record = {
        "banner": st.BANNER, "training": True,
        "comment": "Laid-minefield record in the shape of a STANAG 2036 / DA Form 1355 record. FICTIONAL. The "
                   "walkthrough uses the trace; \"record\" holds the same record in the format of "
                   "'mineledger record add-laid', which installing the scenario stores (strip starts tied to the RP).",
        "minefield": {"number": "MF-A-21", "type": "protective", "unit": "1st Training Engineer Company (fictional)",
                      "authority": "Training Brigade HQ (fictional)", "officerInCharge": "Lt. A. Example (fictional)",
                      "laidFrom": "2024-05-14T05:30:00Z", "laidTo": "2024-05-14T11:10:00Z",
                      "classification": "TRAINING — FICTIONAL DATA"},
        "bearings": {"unit": "mils", "circle": 6400, "north": "true"},
        "landmark": {"name": "Karvala–Orvesk crossing point marker post", "position": st.latlon_text(LANDMARK)},
        "referencePoint": {"from": "landmark", "bearing_mils": LM_TO_RP[0], "distance_m": LM_TO_RP[1],
                           "position": st.latlon_text(rp)},
        "toFirstTurningPoint": {"bearing_mils": RP_TO_TP1[0], "distance_m": RP_TO_TP1[1]},
        "trace": [{"from": f"TP{i + 1}", "to": f"TP{i + 2}", "bearing_mils": b, "distance_m": d}
                  for i, (b, d) in enumerate(LEGS)]
                 + [{"from": f"TP{len(tps)}", "to": "TP1", "bearing_mils": closing[0], "distance_m": closing[1]}],
        "turningPoints": {f"TP{i + 1}": st.latlon_text(p) for i, p in enumerate(tps)},
        "closureError_m": round(closure_m, 2),
        "strips": strips,
        "lanesAndGaps": [],
        "marking": "Perimeter fence with triangular red warning signs every 25 m (fictional)",
        "laidBy": "Sgt. B. Example (fictional)", "verifiedBy": "Capt. C. Example (fictional)",
    }
    record["record"] = add_laid_record(rp, tp1, closing, strips)
    st.write_json(HERE / "laid-record.json", record)

    def near(label, p, derivation, hint, tol=2.0, ref="HA-0003", text=None):
        return {"kind": "vertexNear", "hazard": ref, "label": label, "expected": text or st.latlon_text(p),
                "derivation": derivation, "tolerance_m": tol, "hint": hint}

    leg_text = [f"{b:,} mils, {d} m from TP{i + 1}" for i, (b, d) in enumerate(LEGS)]
    unit_hint = "check the bearing unit (mils, 6,400 to a circle, not degrees) and the distance"
    steps = [
        {"id": "trace", "title": "Enter the trace",
         "instruction": "Record MF-A-21 in laid-record.json describes a protective minefield west of the crossing by "
                        "traverse. Create hazard area HA-0003 'Crossing west protective minefield' as a laid minefield "
                        "(LMF), status active, with one corner for each of the six turning points TP1 to TP6.",
         "task": "Create HA-0003, kind LMF, status active, 6 corners.",
         "checks": [{"kind": "hazardExists", "hazard": "HA-0003"},
                    {"kind": "hasKind", "hazard": "HA-0003", "expected": "LMF"},
                    {"kind": "hasStatus", "hazard": "HA-0003", "expected": "active"},
                    {"kind": "vertexCount", "hazard": "HA-0003", "min": 6, "max": 6,
                     "hint": "enter TP1 to TP6 once each; the closing leg back to TP1 adds no corner"}]},
        {"id": "tp1", "title": "Reference point and TP1",
         "instruction": f"From the landmark (the crossing point marker post) go {LM_TO_RP[0]:,} mils, {LM_TO_RP[1]} m to the "
                        f"reference point RP, then {RP_TO_TP1[0]:,} mils, {RP_TO_TP1[1]} m to TP1.",
         "task": "TP1 must be within 2 m of where the record puts it.",
         "checks": [near("TP1", tps[0], f"LM {LM_TO_RP[0]:,} mils {LM_TO_RP[1]} m to RP, then {RP_TO_TP1[0]:,} mils "
                         f"{RP_TO_TP1[1]} m", "start at the crossing point marker post; RP is not a corner")]},
        {"id": "tp2-tp3", "title": "TP2 and TP3",
         "instruction": f"TP2 is {leg_text[0]}. TP3 is {leg_text[1]}.",
         "task": "TP2 and TP3 within 2 m.",
         "checks": [near("TP2", tps[1], leg_text[0], unit_hint), near("TP3", tps[2], leg_text[1], unit_hint)]},
        {"id": "tp4-tp6", "title": "TP4 to TP6 and closure",
         "instruction": f"TP4 is {leg_text[2]}, TP5 {leg_text[3]}, TP6 {leg_text[4]}. The closing leg from TP6 back to TP1 is "
                        f"{closing[0]:,} mils, {closing[1]} m; the closure error is {closure_m:.2f} m, within tolerance.",
         "task": "TP4, TP5 and TP6 within 2 m.",
         "checks": [near(f"TP{i + 4}", tps[i + 3], leg_text[i + 2], unit_hint) for i in range(3)]},
        {"id": "trace-area", "title": "Area of the minefield",
         "instruction": "Compare the geodesic area of HA-0003 in the details pane with the record's trace.",
         "task": f"Area {trace_area:,.0f} m² within 2 %.",
         "checks": [{"kind": "areaWithin", "hazard": "HA-0003", "expected_m2": round(trace_area, 1),
                     "tolerance_percent": 2.0, "hint": "one turning point is misplaced; re-check the traverse"}]},
        {"id": "cha", "title": "Confirmed hazard area for clearance",
         "instruction": "After hostilities the record becomes a confirmed hazard area. Create HA-0004 'Crossing west "
                        f"minefield (for clearance)', kind CHA, status active, with the six corners C1–C6 that the mine "
                        f"action centre gave (the trace with a {MARGIN_M} m safety margin on every side): "
                        + ", ".join(f"C{i + 1} {st.mgrs(p)}" for i, p in enumerate(cha)) + ".",
         "task": "HA-0004 is an active CHA whose corners match C1–C6 within 3 m.",
         "checks": [{"kind": "hazardExists", "hazard": "HA-0004"},
                    {"kind": "hasKind", "hazard": "HA-0004", "expected": "CHA"},
                    {"kind": "hasStatus", "hazard": "HA-0004", "expected": "active"}]
                   + [near(f"C{i + 1}", p, "MGRS given by the mine action centre",
                           "type the MGRS reference with all ten digits (1 m)", 3.0, "HA-0004", st.mgrs(p))
                      for i, p in enumerate(cha)]
                   + [{"kind": "areaWithin", "hazard": "HA-0004", "expected_m2": round(cha_area, 1),
                       "tolerance_percent": 2.0, "hint": "check the order of the corners"}]},
        {"id": "cancel-verge", "title": "Cancel the verge report",
         "instruction": "The record accounts for every mine laid near the crossing, and none lies at the customs post "
                        "verge. Cancel HA-0002 by non-technical survey.",
         "task": "HA-0002 cancelled; one active SHA less.",
         "checks": [{"kind": "hasStatus", "hazard": "HA-0002", "expected": "cancelled"},
                    {"kind": "countOf", "kindOf": "SHA", "status": "active", "expected": 0},
                    {"kind": "countOf", "kindOf": "LMF", "status": "active", "expected": 2}]},
    ]
    st.write_json(HERE / "walkthrough.json", {
        "banner": st.BANNER, "training": True, "scenario": "laid-protective-minefield",
        "title": "Record a protective minefield by traverse and hand it over for clearance",
        "mapPoints": [{"label": "LM", "name": "landmark: Karvala–Orvesk crossing point marker post",
                       "position": st.latlon_text(LANDMARK)}],
        "steps": steps})
    print(f"TP1..TP6 {len(tps)} points, trace {trace_area:.0f} m², CHA {cha_area:.0f} m², closure {closure_m:.2f} m, "
          f"closing leg {closing}")


if __name__ == "__main__":
    main()
