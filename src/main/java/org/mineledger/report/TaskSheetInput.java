package org.mineledger.report;

import java.util.List;
import java.util.Objects;
import org.mineledger.geo.CoordinateFormatter;
import org.mineledger.model.HazardArea;
import org.mineledger.plan.clearance.Assignment;
import org.mineledger.plan.clearance.PlanningDetails;
import org.mineledger.plan.clearance.WorkUnit;

/**
 * What one task sheet prints: the assignment, its hazard, the box or lane layout and the field notes.
 *
 * @param layoutText how the units were made, e.g. {@code 10 m boxes on the UTM 35N grid, numbered from the NW}
 * @param notes      access route, safe lane, medevac point and marking reference; blank ones print as lines to
 *                   fill in by hand
 */
public record TaskSheetInput(Assignment assignment, HazardArea hazard, List<WorkUnit> units, String layoutText,
        Notes notes) {
    /** Field notes; empty strings are printed as blank lines for the team leader to fill in. */
    public record Notes(String accessRoute, String safeLane, String medevacPoint, String markingReference) {
        public Notes {
            accessRoute = accessRoute == null ? "" : accessRoute.strip();
            safeLane = safeLane == null ? "" : safeLane.strip();
            medevacPoint = medevacPoint == null ? "" : medevacPoint.strip();
            markingReference = markingReference == null ? "" : markingReference.strip();
        }

        public static Notes blank() {
            return new Notes("", "", "", "");
        }

        /**
         * The hazard's stored notes; the medevac point in the sheet's coordinates (and as recorded, when it was
         * typed in another system) with its description.
         */
        public static Notes of(PlanningDetails d, CoordinateFormatter coordinates) {
            String medevac = d.medevac().map(m -> {
                String here = coordinates.format(m.position());
                String typed = m.asTyped().isEmpty() || m.asTyped().replace(" ", "").equalsIgnoreCase(
                        here.replace(" ", "")) ? "" : " (recorded as " + m.asTyped() + ")";
                return here + typed + (m.description().isEmpty() ? "" : " — " + m.description());
            }).orElse("");
            return new Notes(d.accessRoute(), d.safeLane(), medevac, d.markingReference());
        }
    }

    public TaskSheetInput {
        Objects.requireNonNull(assignment, "assignment");
        Objects.requireNonNull(hazard, "hazard");
        units = List.copyOf(units);
        layoutText = layoutText == null ? "" : layoutText;
        notes = notes == null ? Notes.blank() : notes;
    }
}
