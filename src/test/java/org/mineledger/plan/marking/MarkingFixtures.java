package org.mineledger.plan.marking;

import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/** Fictional (training) marking plans shared by the export and report tests. */
public final class MarkingFixtures {
    private static final GeometryFactory GF = new GeometryFactory();

    private MarkingFixtures() {
    }

    /** A counter-clockwise 100 m x 100 m rectangle with its south-west corner at 58 N 27 E. */
    public static Polygon rectangle() {
        return GF.createPolygon(new Coordinate[] {
            new Coordinate(27.0, 58.0), new Coordinate(27.0017, 58.0), new Coordinate(27.0017, 58.0009),
            new Coordinate(27.0, 58.0009), new Coordinate(27.0, 58.0)});
    }

    /** The rectangle marked with the default options: 20 signs from S-001 at 58 N 27 E. */
    public static MarkingPlan rectanglePlan() {
        return new MarkingPlanner(rectangle(), List.of(), MarkingOptions.defaults()).plan();
    }
}
