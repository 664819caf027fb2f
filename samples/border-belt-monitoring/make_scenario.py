#!/usr/bin/env python3
"""Draws the FICTIONAL "border-belt-monitoring" training scenario: a long belt along the invented border.

TRAINING — FICTIONAL DATA. A 3 km laid anti-personnel belt on the Aldera side of the border, in two recorded
sections, that must stay marked and monitored (CCW Amended Protocol II, Technical Annex) until it is cleared;
an inspection history with missed inspections and damaged signs; and the hazards that follow from it.
L-EST97 grid values by PROJ cs2cs, areas by Planimeter. Writes hazards.geojson, solution.geojson,
monitoring.json and walkthrough.json; a re-run gives the same files.
    python3 samples/border-belt-monitoring/make_scenario.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import scenario_tools as st  # noqa: E402

NEAR, FAR = -0.045, -0.115  # km east of the border (negative: west, in Aldera)


def belt(y0, y1, stations):
    ys = [y0 + (y1 - y0) * i / (stations - 1) for i in range(stations)]
    east = [st.lonlat(*st.tm.border_point(y, NEAR)) for y in ys]
    west = [st.lonlat(*st.tm.border_point(y, FAR)) for y in reversed(ys)]
    return east + west


def posts(y0, y1, spacing_km):
    """Sign posts along the outer (west) edge of the belt, 10 m outside it."""
    n = int((y1 - y0) / spacing_km)
    return [st.lonlat(*st.tm.border_point(y0 + i * spacing_km, FAR - 0.010)) for i in range(n + 1)]


def post_entry(i, sign_posts):
    """Post i+1: position, true bearing its sign faces (west, square to the line of posts; GeodSolve) and why."""
    a, b = sign_posts[max(i - 1, 0)], sign_posts[min(i + 1, len(sign_posts) - 1)]
    _, along_mils = st.inverse(a, b)
    facing = (along_mils * 360.0 / st.MILS - 90.0) % 360.0
    post = i + 1
    reason = "track crossing" if post == HIRSKO_POST else "turning point" if i % 4 == 0 else "spacing"
    return {"post": post, "position": st.latlon_text(sign_posts[i]), "facing_deg_true": round(facing, 1),
            "reason": reason}


HIRSKO_POST = 53  # where the Hirsko track meets the belt


def main():
    section1 = st.hazard("HA-0001", "Northern border belt, section 1", "LMF", "active", belt(6.10, 7.70, 9),
                         "Record MF-A-30 (fictional): one strip of AP mines, 1.6 km. Fenced; signs every 50 m.")
    section2 = st.hazard("HA-0002", "Northern border belt, section 2", "LMF", "active", belt(7.70, 9.30, 9),
                         "Record MF-A-31 (fictional): one strip of AP mines, 1.6 km. Fenced; signs every 50 m.")
    trampled = st.hazard("HA-0003", "Hirsko track trampled ground", "SHA", "active",
                         [st.lonlat(*st.tm.border_point(y, off)) for y, off in
                          [(8.86, -0.125), (8.86, -0.190), (9.04, -0.190), (9.04, -0.125)]],
                         "Recorded after two missed inspections (fictional): footprints and a cut fence wire beside the "
                         "belt where the Hirsko track meets it.")
    st.write_json(HERE / "hazards.geojson", st.feature_collection("border-belt-monitoring hazards",
                                                                     [section1, section2, trampled]))
    # 10 m outside the belt's west edge, which runs straight between its stations at 6.70 and 6.90 km
    (xa, ya), (xb, yb) = st.tm.border_point(6.70, FAR), st.tm.border_point(6.90, FAR)

    def fence(y):
        return xa + (xb - xa) * (y - ya) / (yb - ya) - 0.010

    breach = [st.lonlat(fence(y) + dx, y) for y, dx in [(6.76, 0.0), (6.76, -0.058), (6.86, -0.058), (6.86, 0.0)]]
    breach = st.ccw(breach)
    breach_f = st.hazard("HA-0004", "Post 14 breach", "CHA", "active", breach,
                         "Inspection 2025-02-11 (fictional): fence down and sign 14 missing; blast crater and an AP mine "
                         "visible 30 m outside the fence. Mines have moved out of the belt (frost heave, animals).")
    reduced = dict(trampled, properties=dict(trampled["properties"], status="reduced"))
    st.write_json(HERE / "solution.geojson", st.feature_collection("border-belt-monitoring reference solution",
                                                                      [section1, section2, reduced, breach_f]))
    breach_area = st.area_m2(breach)
    sign_posts = posts(6.10, 9.30, 0.050)
    inspections = [
        {"date": "2024-11-05", "by": "Monitoring team North (fictional)", "result": "done", "signsChecked": 65,
         "findings": []},
        {"date": "2024-12-03", "by": "Monitoring team North (fictional)", "result": "done", "signsChecked": 65,
         "findings": [{"post": 31, "what": "sign faded, replaced"}]},
        {"date": "2025-01-07", "result": "missed", "reason": "snow, track closed"},
        {"date": "2025-01-21", "result": "missed", "reason": "team withdrawn for another task"},
        {"date": "2025-02-04", "by": "Monitoring team North (fictional)", "result": "done", "signsChecked": 65,
         "findings": [{"post": 53, "what": "fence wire cut, footprints into the belt edge; recorded HA-0003",
                       "fenceBreach": True, "evidenceOfEntry": True},
                      {"post": 54, "what": "sign missing", "sign": "missing"}]},
        {"date": "2025-02-11", "by": "Monitoring team North (fictional)", "result": "done", "signsChecked": 65,
         "findings": [{"post": 14, "what": "fence down, sign missing, blast crater 30 m outside; recorded HA-0004",
                       "sign": "missing", "fenceBreach": True},
                      {"post": 15, "what": "sign bent, readable", "sign": "damaged"}]},
        {"date": "2025-03-04", "by": "Monitoring team North (fictional)", "result": "done", "signsChecked": 65,
         "findings": [{"post": 14, "what": "sign and fence repaired", "repaired": True},
                      {"post": 54, "what": "sign replaced", "repaired": True}]},
    ]
    monitoring = {
        "banner": st.BANNER, "training": True,
        "comment": "Marking and monitoring of the border belt. FICTIONAL. Installing the scenario stores the "
                   "monitoring settings of each section, the inspections done (missed ones are not recorded, so "
                   "they show as overdue), their follow-up tasks (closed when a later inspection repaired the sign) "
                   "and the events; sign posts are numbered from the south end, 10 m outside the belt, and post N "
                   "is sign S-0NN of the section it belongs to.",
        "interval_days": 14,
        "sign": {"shape": "triangle", "size_cm": [28, 20], "colour": "red with yellow reflecting border",
                 "text": ["MINES", "MIINID"], "rule": "CCW Amended Protocol II, Technical Annex"},
        "fence": "two-strand wire at 1 m on wooden posts",
        "sections": [
            {"hazard": "HA-0001", "firstPost": 1, "lastPost": 33, "team": "Monitoring team North (fictional)",
             "nearSettlement": True, "monitoringFrom": "2024-10-22"},
            {"hazard": "HA-0002", "firstPost": 34, "lastPost": 65, "team": "Monitoring team North (fictional)",
             "nearSettlement": True, "monitoringFrom": "2024-10-22"}],
        "events": [
            {"hazard": "HA-0002", "kind": "reported entry", "date": "2025-02-04",
             "note": "cut fence wire and footprints at post 53 where the Hirsko track meets the belt"},
            {"hazard": "HA-0001", "kind": "frost heave", "date": "2025-02-11",
             "note": "mine visible 30 m outside the fence at post 14 after the thaw"}],
        "marking": {
            "comment": "How the belt was marked: installing the scenario stores one marking plan per section, its "
                       "marked line 10 m outside the belt with a two-strand wire fence, and its signs as they were put "
                       "up (the posts below, post N = sign S-0NN). Signs stand on the west (Aldera) side only, "
                       "facing the villages; the east side runs along the border.",
            "spacing_m": 50, "buffer_m": 10, "barrier": "wire", "strands": 2, "picketInterval_m": 5},
        "signPosts": [post_entry(i, sign_posts) for i in range(len(sign_posts))],
        "inspections": inspections,
    }
    st.write_json(HERE / "monitoring.json", monitoring)
    labels = ["B1", "B2", "B3", "B4"]
    steps = [
        {"id": "breach-cha", "title": "Record the breach at post 14",
         "instruction": "On 2025-02-11 the monitoring team found the fence down at post 14, the sign missing and a "
                        "blast crater with a visible AP mine 30 m outside the fence. Create HA-0004 'Post 14 breach', "
                        "kind CHA, status active, with the four corners the team leader measured in L-EST97: "
                        + "; ".join(f"{l} {st.lest97(p)}" for l, p in zip(labels, breach)) + ".",
         "task": "HA-0004 is an active CHA with corners within 3 m of B1–B4.",
         "checks": [{"kind": "hazardExists", "hazard": "HA-0004"},
                    {"kind": "hasKind", "hazard": "HA-0004", "expected": "CHA"},
                    {"kind": "hasStatus", "hazard": "HA-0004", "expected": "active"}]
                   + [{"kind": "vertexNear", "hazard": "HA-0004", "label": l, "expected": st.lest97(p),
                       "derivation": "L-EST97 (EPSG:3301), measured by the team leader", "tolerance_m": 3.0,
                       "hint": "in L-EST97 the northing (N, about 6,4xx,xxx) comes first, then the easting (E)"}
                      for l, p in zip(labels, breach)]},
        {"id": "breach-area", "title": "Size of the breach area",
         "instruction": "Check the geodesic area of HA-0004 in the details pane: the team leader's sketch gives about "
                        f"{breach_area:,.0f} m².",
         "task": f"Area {breach_area:,.0f} m² within 3 %.",
         "checks": [{"kind": "areaWithin", "hazard": "HA-0004", "expected_m2": round(breach_area, 1),
                     "tolerance_percent": 3.0, "hint": "a swapped northing and easting or a wrong corner order changes the area"}]},
        {"id": "trampled-reduced", "title": "Technical survey at the Hirsko track",
         "instruction": "After the two missed inspections in January, HA-0003 was recorded where the fence wire was cut. "
                        "Technical survey found no mines outside the belt there. Mark HA-0003 as reduced.",
         "task": "Set the status of HA-0003 to reduced.",
         "checks": [{"kind": "hasStatus", "hazard": "HA-0003", "expected": "reduced",
                     "hint": "technical survey reduces land; cancelled is for non-technical survey"}]},
        {"id": "belt-still-marked", "title": "The belt stays marked and monitored",
         "instruction": "The two belt sections are still laid minefields that must stay active (marked and monitored) "
                        "until cleared. Do not release them.",
         "task": "2 active LMF, 1 active CHA, no active SHA.",
         "checks": [{"kind": "countOf", "kindOf": "LMF", "status": "active", "expected": 2,
                     "hint": "a laid minefield stays active until it is cleared, whatever the inspections found"},
                    {"kind": "countOf", "kindOf": "CHA", "status": "active", "expected": 1},
                    {"kind": "countOf", "kindOf": "SHA", "status": "active", "expected": 0}]},
    ]
    st.write_json(HERE / "walkthrough.json", {
        "banner": st.BANNER, "training": True, "scenario": "border-belt-monitoring",
        "title": "Monitor a border belt and act on what the inspections find",
        "mapPoints": [{"label": f"Post {n}", "name": what, "position": st.latlon_text(sign_posts[n - 1])}
                      for n, what in [(14, "fence down, sign missing (2025-02-11)"),
                                      (53, "fence wire cut, footprints (2025-02-04)")]],
        "steps": steps})
    print(f"breach {breach_area:.0f} m², {len(sign_posts)} sign posts")


if __name__ == "__main__":
    main()
