package org.mineledger.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.mineledger.model.HazardArea;
import org.mineledger.model.survey.AreaAccounting;
import org.mineledger.model.survey.LandReleaseEvent;
import org.mineledger.model.survey.ReleaseKind;

/**
 * The land of each open hazard area that is still unreleased, for the planner: the hazard polygon minus the union
 * of its land-release polygons (JTS difference on degrees, area geodesic on WGS84, as {@link AreaAccounting}).
 * The planner plans only this land, whatever the hazard's status field says.
 *
 * @param toPlan  the hazards to plan, in workspace order: released ones (by status) unchanged, open ones with no
 *                release unchanged, partly released ones with their polygon replaced by the remaining land
 * @param leftOut the open hazards whose land is all released (remaining under {@link #MIN_REMAINING_M2}), whole
 * @param notes   one line per hazard the records changed: left out (all its land released) or planned on what
 *                remains, with the square metres
 */
public record UnreleasedLand(List<HazardArea> toPlan, List<HazardArea> leftOut, List<String> notes) {
    /** Below this remaining area (m²) a hazard is left out of the plan: {@link AreaAccounting#TOLERANCE_M2}. */
    public static final double MIN_REMAINING_M2 = AreaAccounting.TOLERANCE_M2;

    public UnreleasedLand {
        toPlan = List.copyOf(toPlan);
        leftOut = List.copyOf(leftOut);
        notes = List.copyOf(notes);
    }

    /** Reads the hazards and their releases from the workspace. */
    public static UnreleasedLand of(Workspace workspace) {
        return of(workspace, workspace.hazards());
    }

    /** The unreleased land of the given hazards (e.g. the ones a scenario names), from their stored releases. */
    public static UnreleasedLand of(Workspace workspace, List<HazardArea> hazards) {
        Map<Long, List<LandReleaseEvent>> byHazard = new SurveyStore(workspace).releases(hazards.stream()
                .filter(h -> !h.status().isReleased() && h.id() != 0).map(HazardArea::id).toList());
        List<HazardArea> out = new ArrayList<>();
        List<HazardArea> gone = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (HazardArea h : hazards) {
            if (h.status().isReleased() || h.id() == 0) {
                out.add(h);
                continue;
            }
            List<LandReleaseEvent> releases = byHazard.getOrDefault(h.id(), List.of());
            if (releases.isEmpty()) {
                out.add(h);
                continue;
            }
            AreaAccounting a = new AreaAccounting(h.reference().value(), h.polygon(), releases);
            String ref = h.reference().value();
            if (a.remainingM2() < MIN_REMAINING_M2) {
                notes.add(String.format(Locale.ROOT, "%s: all land released by land-release records (%s); set its "
                        + "status to %s. Not planned.", ref, released(a), statusFor(a)));
                gone.add(h);
                continue;
            }
            Geometry rest = a.remaining();
            if (rest instanceof Polygon p && !p.isEmpty()) {
                p.setSRID(h.polygon().getSRID());
                out.add(new HazardArea(h.id(), h.reference(), h.name(), h.kind(), h.status(), p, h.notes(),
                        h.createdAt(), h.updatedAt()));
                notes.add(String.format(Locale.ROOT, "%s: planned on its unreleased land, %,.0f m² of %,.0f m² (%s "
                        + "by land-release records).", ref, a.remainingM2(), a.originalM2(), released(a)));
            } else {
                out.add(h);
                notes.add(String.format(Locale.ROOT, "%s: its unreleased land, %,.0f m² of %,.0f m², is in %d "
                        + "separate parts; planned on its WHOLE polygon. Split the hazard area into one area per part and "
                        + "replan.", ref, a.remainingM2(), a.originalM2(), rest.getNumGeometries()));
            }
        }
        return new UnreleasedLand(out, gone, notes);
    }

    /**
     * The hazards for printing a saved plan's task sheets: the unreleased land, and the hazards released since in
     * whole (a plan saved before their release still names them).
     */
    public List<HazardArea> forSheets() {
        List<HazardArea> all = new ArrayList<>(toPlan);
        all.addAll(leftOut);
        return all;
    }

    private static String released(AreaAccounting a) {
        List<String> parts = new ArrayList<>();
        for (ReleaseKind k : ReleaseKind.values()) {
            if (a.releasedM2(k) >= MIN_REMAINING_M2) {
                parts.add(String.format(Locale.ROOT, "%s %,.0f m²", k.name().toLowerCase(Locale.ROOT),
                        a.releasedM2(k)));
            }
        }
        return String.join(", ", parts);
    }

    /** The status the register should show: the kind that released most of the land. */
    private static String statusFor(AreaAccounting a) {
        ReleaseKind most = ReleaseKind.CANCELLED;
        for (ReleaseKind k : ReleaseKind.values()) {
            if (a.releasedM2(k) > a.releasedM2(most)) {
                most = k;
            }
        }
        String n = most.name();
        return n.charAt(0) + n.substring(1).toLowerCase(Locale.ROOT);
    }
}
