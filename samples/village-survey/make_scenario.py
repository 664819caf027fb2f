#!/usr/bin/env python3
"""Draws the FICTIONAL "village-survey" training scenario around the invented village of Ivrelka.

TRAINING — FICTIONAL DATA. Five suspected hazard areas from non-technical survey; technical survey then
cancels, confirms and reduces them, with explosive ordnance finds, and a clearance plan for what is left.
Grid references by GeoConvert, areas by Planimeter (geographiclib-tools). Writes hazards.geojson,
solution.geojson, survey.json and walkthrough.json; a re-run gives the same files.
    python3 samples/village-survey/make_scenario.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import scenario_tools as st  # noqa: E402

NTS = "Non-technical survey NTS-IV-2025-03 (fictional)"
SHAS = [
    ("HA-0001", "Ivrelka north orchard", st.blob(3.12, 1.78, 0.12, 0.08, 15, 10, 0.12, 91),
     f"{NTS}: villagers saw soldiers dig in the orchard rows in 2023; a cow was injured by a blast."),
    ("HA-0002", "Mill road fields", st.blob(4.30, 1.45, 0.22, 0.14, -10, 12, 0.10, 92),
     f"{NTS}: fields beside the Ivrelka–Mellavo road left fallow since the fighting; firing positions reported."),
    ("HA-0003", "Salvenna bank", st.blob(2.95, 2.02, 0.16, 0.07, 5, 10, 0.10, 93),
     f"{NTS}: fishermen avoid the south bank; old trench line along the water."),
    ("HA-0004", "School path ditch", st.blob(3.80, 1.02, 0.08, 0.05, 0, 8, 0.10, 94),
     f"{NTS}: a parent reported a 'mine' in the ditch; it was a tin can, seen and photographed by the team."),
    ("HA-0005", "Ivrelka Wood edge", st.blob(2.58, 0.90, 0.15, 0.10, -20, 10, 0.12, 95),
     f"{NTS}: the wood was a defensive position; foresters refuse to work the edge."),
]
REMAINING = st.blob(4.36, 1.47, 0.085, 0.055, -10, 5, 0.05, 96)  # technical survey boundary inside HA-0002


def main():
    initial = [st.hazard(ref, name, "SHA", "active", ring, notes) for ref, name, ring, notes in SHAS]
    st.write_json(HERE / "hazards.geojson", st.feature_collection("village-survey hazards", initial))
    remaining_cha = st.hazard("HA-0006", "Mill road fields (remaining)", "CHA", "active", REMAINING,
                              "Technical survey TS-IV-2025-07 (fictional): two AP mines found; boundary set 10 m beyond "
                              "the last evidence. The rest of HA-0002 is reduced.")
    solved = []
    for f in initial:
        p = dict(f["properties"])
        if p["reference"] == "HA-0001":
            p["kind"] = "CHA"
        elif p["reference"] == "HA-0002":
            p["status"] = "reduced"
        elif p["reference"] == "HA-0004":
            p["status"] = "cancelled"
        solved.append(dict(f, properties=p))
    st.write_json(HERE / "solution.geojson", st.feature_collection("village-survey reference solution",
                                                                      solved + [remaining_cha]))
    ring = st.ccw(REMAINING)
    corners = [st.utm(p) for p in ring]
    remaining_area = st.area_m2(ring)
    orchard_find = st.lonlat(3.13, 1.79)
    finds = [
        {"id": "EO-01", "hazard": "HA-0001", "position": st.mgrs(orchard_find), "type": "AP blast mine",
         "model": "PM-T2 (fictional training model)", "fuzeState": "armed", "depth_cm": 6,
         "action": "destroyed in place", "date": "2025-04-02"},
        {"id": "EO-02", "hazard": "HA-0002", "position": st.mgrs(st.lonlat(4.35, 1.47)), "type": "AP blast mine",
         "model": "PM-T2 (fictional training model)", "fuzeState": "armed", "depth_cm": 4,
         "action": "destroyed in place", "date": "2025-04-09"},
        {"id": "EO-03", "hazard": "HA-0002", "position": st.mgrs(st.lonlat(4.38, 1.46)), "type": "AP fragmentation mine",
         "model": "FM-T4 (fictional training model)", "fuzeState": "tripwire cut", "depth_cm": 0,
         "action": "removed to demolition site", "date": "2025-04-09"},
        {"id": "EO-04", "hazard": "HA-0003", "position": st.mgrs(st.lonlat(2.93, 2.03)), "type": "mortar bomb (UXO)",
         "model": "82 mm (fictional lot)", "fuzeState": "unknown", "depth_cm": 10,
         "action": "marked; awaiting EOD team", "date": "2025-03-20"},
    ]
    survey = {
        "banner": st.BANNER, "training": True,
        "comment": "Survey, evidence and clearance plan of the village-survey scenario. FICTIONAL. Installing the "
                   "scenario stores the surveys (one NTS visit per area, the TS and NTS results with their dates and "
                   "teams), the finds and the cancellation of HA-0004 as survey records; the clearance plan is a draft "
                   "for the student to make with the planner.",
        "nonTechnicalSurvey": {"id": "NTS-IV-2025-03", "date": "2025-03-12", "team": "Survey team 2 (fictional)",
                               "informants": 9, "areas": [ref for ref, *_ in SHAS]},
        "technicalSurvey": [
            {"id": "TS-IV-2025-05", "hazard": "HA-0001", "result": "confirmed", "method": "manual, targeted",
             "date": "2025-04-02", "team": "Technical survey team 1 (fictional)", "evidence": ["EO-01"]},
            {"id": "TS-IV-2025-07", "hazard": "HA-0002", "result": "reduced", "method": "manual lanes 1 m, 13 cm",
             "date": "2025-04-09", "team": "Technical survey team 1 (fictional)",
             "remainingHazard": "HA-0006", "evidence": ["EO-02", "EO-03"]},
            {"id": "NTS-IV-2025-03", "hazard": "HA-0004", "result": "cancelled", "method": "non-technical survey",
             "date": "2025-03-12", "team": "Survey team 2 (fictional)",
             "evidence": [], "finding": "the metal object in the ditch was a tin can; no accident, no evidence"}],
        "explosiveOrdnanceFinds": finds,
        "clearancePlan": {
            "comment": "What the programme wants cleared once the survey is done (after the walkthrough): plan it "
                       "with 'mineledger plan' or Plan › Clearance planner.",
            "tasks": [{"hazard": "HA-0001", "depth_cm": 13, "boxes_m": 10, "asset": "manual team, 8 deminers",
                       "priority": "high: orchard next to homes"},
                      {"hazard": "HA-0006", "depth_cm": 13, "boxes_m": 10, "asset": "manual team, 8 deminers",
                       "priority": "high: field access for the village"}],
            "notBefore": "2025-05-01", "season": "May–October (frozen ground in winter)",
            "stored": {
                "comment": "Installing the scenario stores this draft plan, made by MineLedger's planner from the "
                           "register as it stands before the walkthrough: technical survey of the four suspected "
                           "areas still open after non-technical survey (HA-0004 was cancelled). Re-plan with 'plan' "
                           "once the student has confirmed the orchard and recorded HA-0006.",
                "name": "Ivrelka draft plan 2025 (TRAINING — FICTIONAL DATA)",
                "hazards": ["HA-0001", "HA-0002", "HA-0003", "HA-0005"],
                "teams": "manual=2,mdd=1", "start": "2025-05-01", "setupDays": 1}},
    }
    st.write_json(HERE / "survey.json", survey)
    steps = [
        {"id": "cancel-ditch", "title": "Cancel the school path ditch",
         "instruction": "The survey team photographed the object in the school path ditch: a tin can. No other "
                        "evidence was found. Cancel HA-0004 'School path ditch'.",
         "task": "Set the status of HA-0004 to cancelled.",
         "checks": [{"kind": "hasStatus", "hazard": "HA-0004", "expected": "cancelled",
                     "hint": "cancelled is for land released by non-technical survey, reduced is for technical survey"}]},
        {"id": "confirm-orchard", "title": "Confirm the orchard",
         "instruction": "Technical survey TS-IV-2025-05 found an armed AP blast mine (EO-01) in the orchard. "
                        "HA-0001 is now a confirmed hazard area and stays active.",
         "task": "Change HA-0001 to kind CHA; keep it active.",
         "checks": [{"kind": "hasKind", "hazard": "HA-0001", "expected": "CHA",
                     "hint": "direct evidence (a mine) makes a suspected area confirmed"},
                    {"kind": "hasStatus", "hazard": "HA-0001", "expected": "active",
                     "hint": "a confirmed area still has to be cleared; do not release it"}]},
        {"id": "reduce-fields", "title": "Reduce the mill road fields",
         "instruction": "Technical survey TS-IV-2025-07 worked 1 m lanes across HA-0002 and found mines only in its "
                        "eastern part. Mark HA-0002 as reduced.",
         "task": "Set the status of HA-0002 to reduced.",
         "checks": [{"kind": "hasStatus", "hazard": "HA-0002", "expected": "reduced",
                     "hint": "technical survey reduces land; cancelled is for non-technical survey"}]},
        {"id": "remaining-cha", "title": "Record what is left",
         "instruction": "Create HA-0006 'Mill road fields (remaining)', kind CHA, status active, from the five corners "
                        "of the technical survey boundary (UTM): "
                        + "; ".join(f"P{i + 1} {c}" for i, c in enumerate(corners)) + ".",
         "task": "HA-0006 is an active CHA with 5 corners within 3 m of P1–P5.",
         "checks": [{"kind": "hazardExists", "hazard": "HA-0006"},
                    {"kind": "hasKind", "hazard": "HA-0006", "expected": "CHA"},
                    {"kind": "vertexCount", "hazard": "HA-0006", "min": 5, "max": 5}]
                   + [{"kind": "vertexNear", "hazard": "HA-0006", "label": f"P{i + 1}", "expected": c,
                       "derivation": "UTM from the technical survey report", "tolerance_m": 3.0,
                       "hint": "check the zone (35N), and that easting comes before northing"}
                      for i, c in enumerate(corners)]
                   + [{"kind": "areaWithin", "hazard": "HA-0006", "expected_m2": round(remaining_area, 1),
                       "tolerance_percent": 2.0, "hint": "check the order of the corners"}]},
        {"id": "plan-ready", "title": "Ready for the clearance plan",
         "instruction": "Before planning clearance, the register must show two active confirmed areas (the orchard and "
                        "the remaining field) and two active suspected areas awaiting technical survey.",
         "task": "Counts: 2 active CHA, 2 active SHA, 1 cancelled SHA, 1 reduced SHA.",
         "checks": [{"kind": "countOf", "kindOf": "CHA", "status": "active", "expected": 2},
                    {"kind": "countOf", "kindOf": "SHA", "status": "active", "expected": 2},
                    {"kind": "countOf", "kindOf": "SHA", "status": "cancelled", "expected": 1},
                    {"kind": "countOf", "kindOf": "SHA", "status": "reduced", "expected": 1}]},
    ]
    st.write_json(HERE / "walkthrough.json", {
        "banner": st.BANNER, "training": True, "scenario": "village-survey",
        "title": "From non-technical survey to a clearance plan in Ivrelka",
        "mapPoints": [{"label": f["id"], "name": f"{f['type']}, {f['action']}", "position": f["position"]}
                      for f in finds],
        "steps": steps})
    print(f"remaining CHA {remaining_area:.0f} m², corners {corners}")


if __name__ == "__main__":
    main()
