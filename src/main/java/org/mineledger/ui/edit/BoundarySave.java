package org.mineledger.ui.edit;

import java.time.Instant;
import java.util.List;
import org.locationtech.jts.geom.Polygon;
import org.mineledger.geo.CoordinateParser;
import org.mineledger.geo.CoordinateSystem;
import org.mineledger.geo.GeoPoint;
import org.mineledger.geo.validity.ValidityProblem;
import org.mineledger.model.HazardArea;
import org.mineledger.store.Workspace;

/** Reads typed corners and stores an edited boundary with its holes (one transaction, one audit row). */
final class BoundarySave {
    private BoundarySave() {
    }

    /** A new area ({@code target} null) with {@code Workspace.add}, a changed one with {@code update}. */
    static HazardArea save(Workspace workspace, HazardArea target, NewAreaDetails details, Polygon polygon,
            List<ValidityProblem> problems) {
        List<ValidityProblem> blocking = problems.stream().filter(ValidityProblem::blocksSaving).toList();
        if (!blocking.isEmpty()) {
            throw new BoundaryNotSavableException(blocking);
        }
        Instant now = Instant.now();
        return target == null
                ? workspace.add(HazardArea.draft(details.reference(), details.name(), details.kind(), details.status(),
                        polygon, "", now))
                : workspace.update(target.withPolygon(polygon, now));
    }

    /** A position typed into the vertex table: in the display system, or else in any format the parser knows. */
    static GeoPoint typed(String text, CoordinateSystem displaySystem) {
        try {
            return new CoordinateParser(displaySystem).parse(text);
        } catch (IllegalArgumentException first) {
            try {
                return new CoordinateParser().parse(text);
            } catch (IllegalArgumentException second) {
                throw first;
            }
        }
    }
}
