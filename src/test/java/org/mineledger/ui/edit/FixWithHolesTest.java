package org.mineledger.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.mineledger.geo.GeoPoint;
import org.mineledger.geo.validity.FixPreview;
import org.mineledger.geo.validity.Neighbour;
import org.mineledger.geo.validity.ProblemKind;
import org.mineledger.geo.validity.Rings;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardReference;
import org.mineledger.model.HazardStatus;
import org.mineledger.store.Workspace;

/**
 * The make-valid fix and overlap warnings in the editor when the area has holes. Areas from GeographicLib's
 * Planimeter -p 9: the square 6585.9879 m², the hole 263.4410 m², the triangle (58.0002 27.0002, 58.0003 27.0003,
 * 58.0002 27.0004) 65.8604 m².
 */
class FixWithHolesTest {
    private static final List<GeoPoint> SHELL = List.of(new GeoPoint(58, 27), new GeoPoint(58, 27.001),
            new GeoPoint(58.001, 27.001), new GeoPoint(58.001, 27));
    private static final List<GeoPoint> HOLE = List.of(new GeoPoint(58.0002, 27.0002), new GeoPoint(58.0002, 27.0004),
            new GeoPoint(58.0004, 27.0004), new GeoPoint(58.0004, 27.0002));
    @TempDir
    Path dir;
    private final PolygonEditModel model = new PolygonEditModel();

    @Test
    void acceptingTheFixKeepsTheHolesAsOneUndoStep() {
        draw(List.of(SHELL.get(0), SHELL.get(1), SHELL.get(1), SHELL.get(2), SHELL.get(3)), List.of());
        model.holes().start();
        HOLE.forEach(model::addCorner);
        model.finishDrawing();
        assertThat(model.problems()).extracting(p -> p.kind()).containsExactly(ProblemKind.DUPLICATE_VERTEX);
        FixPreview fix = model.showFix();
        assertThat(fix.acceptable()).isTrue();
        assertThat(model.acceptFix()).isTrue();
        assertThat(model.ring(0)).containsExactlyElementsOf(SHELL);
        assertThat(model.ring(1)).containsExactlyElementsOf(HOLE);
        assertThat(model.problems()).isEmpty();
        assertThat(model.areaProperty().get()).isCloseTo(6585.9879 - 263.4410, within(0.001));
        model.undo();
        assertThat(model.ring(0)).hasSize(5);
        assertThat(model.ring(1)).containsExactlyElementsOf(HOLE);
        model.redo();
        assertThat(model.ring(0)).hasSize(4);
    }

    @Test
    void aBowTieHoleIsRepairedAndTheAreaCanThenBeSaved() throws Exception {
        draw(SHELL, List.of());
        model.holes().start();
        List.of(new GeoPoint(58.0002, 27.0002), new GeoPoint(58.0004, 27.0004), new GeoPoint(58.0004, 27.0002),
                new GeoPoint(58.0002, 27.0004)).forEach(model::addCorner);
        model.finishDrawing();
        assertThat(model.problems()).extracting(p -> p.kind()).contains(ProblemKind.SELF_INTERSECTION);
        FixPreview fix = model.showFix();
        assertThat(fix.explanation()).anyMatch(n -> n.startsWith("Hole 1 crossed or folded back on itself"))
                .anyMatch(n -> n.startsWith("Part of hole 1 (65.9 m²"));
        assertThat(model.acceptFix()).isTrue();
        assertThat(model.problems()).isEmpty();
        assertThat(model.ring(1)).hasSize(3);
        assertThat(model.areaProperty().get()).isCloseTo(6585.9879 - 65.8604, within(0.001));
        try (Workspace ws = Workspace.create(dir.resolve("w.gpkg"))) {
            HazardArea saved = model.save(ws);
            assertThat(ws.hazard(saved.id()).orElseThrow().polygon().getNumInteriorRing()).isEqualTo(1);
        }
    }

    @Test
    void aFixThatSplitsTheAreaCannotBeAcceptedAndListsTheParts() {
        draw(List.of(new GeoPoint(58, 27), new GeoPoint(58, 27.001), new GeoPoint(58.001, 27),
                new GeoPoint(58.001, 27.001)), List.of());
        FixPreview fix = model.showFix();
        assertThat(fix.parts()).isEqualTo(2);
        assertThat(fix.explanation()).last().asString().startsWith("The fix leaves 2 separate parts: part 1, ");
        assertThat(model.acceptFix()).isFalse();
        assertThat(model.ring(0)).hasSize(4);
    }

    @Test
    void anAreaDrawnInsideAnotherAreasHoleRaisesNoOverlapWarning() {
        GeometryFactory gf = new GeometryFactory();
        Polygon withHole = gf.createPolygon(gf.createLinearRing(Rings.closed(SHELL)),
                new org.locationtech.jts.geom.LinearRing[] {gf.createLinearRing(Rings.closed(HOLE))});
        draw(List.of(new GeoPoint(58.00025, 27.00025), new GeoPoint(58.00025, 27.00035),
                new GeoPoint(58.00035, 27.00035), new GeoPoint(58.00035, 27.00025)),
                List.of(new Neighbour("HA-0001 \"Farm\"", withHole)));
        assertThat(model.problems()).isEmpty();
        model.moveCorner(2, new GeoPoint(58.0005, 27.0005)); // now reaches out of the hole into HA-0001
        assertThat(model.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.OVERLAP);
            assertThat(p.vertex()).isEqualTo(3);
            assertThat(p.message()).startsWith("The area overlaps HA-0001 \"Farm\" by ")
                    .contains("vertex 3 of the outer boundary lies inside HA-0001 \"Farm\"");
        });
    }

    private void draw(List<GeoPoint> shell, List<Neighbour> others) {
        model.startNew(new NewAreaDetails(HazardReference.numbered(1), "Test", HazardKind.SUSPECTED,
                HazardStatus.ACTIVE), others);
        shell.forEach(model::addCorner);
        model.finishDrawing();
    }
}
