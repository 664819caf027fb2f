package org.mineledger.report;

import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Point;
import org.mineledger.geo.CoordinateSystem;
import org.mineledger.geo.GeoPoint;
import org.mineledger.geo.Grid;
import org.mineledger.geo.NationalGridSystem;
import org.mineledger.geo.Utm;
import org.mineledger.geo.UtmZone;
import org.mineledger.model.HazardArea;
import org.mineledger.plan.clearance.BoxGrid;
import org.mineledger.plan.clearance.LaneLayout;
import org.mineledger.plan.clearance.WorkUnit;

/**
 * How task sheets cut hazards into work units: boxes of a size, or lanes of a width along a grid bearing, on the
 * national grid when the sheets print national-grid coordinates, otherwise on the hazard's UTM zone.
 */
public record WorkLayout(boolean lanes, double sizeM, double laneBearingDeg) {
    public WorkLayout {
        if (lanes) {
            LaneLayout.check(sizeM, laneBearingDeg);
        } else {
            BoxGrid.checkSize(sizeM);
        }
    }

    public static WorkLayout boxes(double sizeM) {
        return new WorkLayout(false, sizeM, 0);
    }

    public static WorkLayout lanes(double widthM, double bearingDeg) {
        return new WorkLayout(true, widthM, bearingDeg);
    }

    /** The grid units align to for a hazard. */
    public static Grid gridFor(HazardArea hazard, CoordinateSystem coordinates) {
        if (coordinates instanceof NationalGridSystem n) {
            return n.grid();
        }
        Point c = hazard.polygon().getCentroid();
        return new UtmZone(Utm.standardZone(new GeoPoint(c.getY(), c.getX())));
    }

    public List<WorkUnit> units(HazardArea hazard, Grid grid) {
        return lanes ? new LaneLayout(hazard.polygon(), grid, sizeM, laneBearingDeg).lanes()
                : new BoxGrid(hazard.polygon(), grid, sizeM).boxes();
    }

    /** {@code 10 m boxes on the UTM 35N grid, numbered by rows from the north-west (B1-B64)}. */
    public String describe(Grid grid, List<WorkUnit> units) {
        String range = units.isEmpty() ? "none" : units.get(0).label() + "–" + units.get(units.size() - 1).label();
        double sum = units.stream().mapToDouble(WorkUnit::areaM2).sum();
        if (lanes) {
            return String.format(Locale.ROOT, "%.1f m lanes along grid bearing %.0f° on the %s grid, numbered left to"
                    + " right (%s), %,.1f m² in all", sizeM, laneBearingDeg, grid.id(), range, sum);
        }
        return String.format(Locale.ROOT, "%.0f m boxes on the %s grid, numbered by rows from the north-west (%s),"
                + " %,.1f m² in all", sizeM, grid.id(), range, sum);
    }
}
