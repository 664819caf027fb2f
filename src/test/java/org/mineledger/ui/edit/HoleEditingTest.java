package org.mineledger.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineledger.geo.CoordinateSystem;
import org.mineledger.geo.GeoPoint;
import org.mineledger.geo.validity.ProblemKind;
import org.mineledger.geo.validity.ValidityProblem;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardReference;
import org.mineledger.model.HazardStatus;
import org.mineledger.store.Workspace;

/** Holes (inner rings) in the editor without a window: drawing, editing, validity, undo, saving. */
class HoleEditingTest {
    private static final List<GeoPoint> SHELL = List.of(new GeoPoint(58, 27), new GeoPoint(58, 27.001),
            new GeoPoint(58.001, 27.001), new GeoPoint(58.001, 27));
    private static final List<GeoPoint> HOLE = List.of(new GeoPoint(58.0002, 27.0002), new GeoPoint(58.0002, 27.0004),
            new GeoPoint(58.0004, 27.0004), new GeoPoint(58.0004, 27.0002));
    /** Planimeter -p 9 of SHELL: 6585.9879 m²; of HOLE: 263.4410 m². */
    private static final double SHELL_M2 = 6585.9879;
    private static final double HOLE_M2 = 263.4410;
    @TempDir
    Path dir;
    private final PolygonEditModel model = new PolygonEditModel();

    @Test
    void aHoleDrawnByClicksIsOneUndoStepAndTakesItsAreaOut() {
        editShell();
        assertThat(model.holes().start()).isTrue();
        assertThat(model.modeProperty().get()).isEqualTo(PolygonEditModel.Mode.DRAWING_HOLE);
        HOLE.forEach(model::addCorner);
        assertThat(model.corners()).containsExactlyElementsOf(HOLE);
        assertThat(model.finishDrawing()).isTrue();
        assertThat(model.holes().countProperty().get()).isEqualTo(1);
        assertThat(model.activeRingProperty().get()).isEqualTo(1);
        assertThat(model.areaProperty().get()).isCloseTo(SHELL_M2 - HOLE_M2, within(0.001));
        assertThat(model.problems()).isEmpty();
        model.undo();
        assertThat(model.holes().countProperty().get()).isZero();
        assertThat(model.corners()).containsExactlyElementsOf(SHELL);
        assertThat(model.areaProperty().get()).isCloseTo(SHELL_M2, within(0.001));
        model.redo();
        assertThat(model.ring(1)).containsExactlyElementsOf(HOLE);
    }

    @Test
    void whileDrawingAHoleUndoTakesBackItsLastCornerAndEscStopsIt() {
        editShell();
        model.holes().start();
        model.addCorner(HOLE.get(0));
        model.addCorner(HOLE.get(1));
        assertThat(model.finishDrawing()).isFalse();
        assertThat(model.tableErrorProperty().get()).contains("A hole needs at least three corners; 2 drawn");
        model.undo();
        assertThat(model.corners()).containsExactly(HOLE.get(0));
        model.holes().cancel();
        assertThat(model.modeProperty().get()).isEqualTo(PolygonEditModel.Mode.EDITING);
        assertThat(model.corners()).containsExactlyElementsOf(SHELL);
        assertThat(model.holes().countProperty().get()).isZero();
    }

    @Test
    void cornersOfTheChosenHoleAreMovedInsertedDeletedAndTypedWithUndo() {
        editWithHole();
        model.activeRingProperty().set(1);
        GeoPoint moved = new GeoPoint(58.0005, 27.0005);
        model.moveCorner(2, moved);
        model.insertCorner(1, new GeoPoint(58.0001, 27.0003));
        assertThat(model.ring(1)).hasSize(5).contains(moved);
        assertThat(model.ring(0)).containsExactlyElementsOf(SHELL);
        model.deleteCorner(1);
        assertThat(model.ring(1)).hasSize(4);
        // GeoConvert -p 0: 58.0003 N 27.0003 E is 35VNE 00017 28743.
        assertThat(model.setCornerText(2, "35VNE0001728743", CoordinateSystem.LATLON)).isTrue();
        assertThat(model.ring(1).get(2).lat()).isCloseTo(58.0003, within(0.00001));
        model.activeRingProperty().set(0);
        model.undo();
        assertThat(model.activeRingProperty().get()).as("undo shows the ring it changed").isEqualTo(1);
        assertThat(model.ring(1).get(2)).isEqualTo(moved);
        model.undo();
        model.undo();
        model.undo();
        assertThat(model.ring(1)).containsExactlyElementsOf(HOLE);
    }

    @Test
    void aTypingErrorInAHoleNamesTheHoleAndTheVertex() {
        editWithHole();
        model.activeRingProperty().set(1);
        assertThat(model.setCornerText(3, "58.1 N 27 X", CoordinateSystem.LATLON)).isFalse();
        assertThat(model.tableErrorProperty().get()).startsWith("Hole 1, vertex 4: ");
    }

    @Test
    void aHoleReachingOutsideTheAreaIsReportedWithItsVertexAndBlocksSaving() throws Exception {
        editWithHole();
        model.activeRingProperty().set(1);
        model.moveCorner(1, new GeoPoint(58.0002, 27.0015));
        assertThat(model.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.HOLE_OUTSIDE_SHELL);
            assertThat(p.ring()).isEqualTo(1);
            assertThat(p.vertex()).isEqualTo(2);
            assertThat(p.message()).startsWith("Hole 1: vertex 2 (58.000200 N 27.001500 E) is not inside the outer "
                    + "boundary");
        });
        try (Workspace ws = Workspace.create(dir.resolve("w.gpkg"))) {
            assertThatThrownBy(() -> model.save(ws)).isInstanceOf(BoundaryNotSavableException.class)
                    .hasMessageContaining("Hole 1: vertex 2");
        }
    }

    @Test
    void aHoleEdgeCrossingAConcaveBoundaryIsReported() {
        // A U-shaped area whose notch (27.0004–27.0006, from 58.0005 north) the hole's top edge crosses.
        List<GeoPoint> u = List.of(new GeoPoint(58, 27), new GeoPoint(58, 27.001), new GeoPoint(58.001, 27.001),
                new GeoPoint(58.001, 27.0006), new GeoPoint(58.0005, 27.0006), new GeoPoint(58.0005, 27.0004),
                new GeoPoint(58.001, 27.0004), new GeoPoint(58.001, 27));
        editShell(u);
        model.holes().start();
        List.of(new GeoPoint(58.0002, 27.0002), new GeoPoint(58.0002, 27.0008), new GeoPoint(58.0007, 27.0008),
                new GeoPoint(58.0007, 27.0002)).forEach(model::addCorner);
        model.finishDrawing();
        assertThat(model.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.HOLE_OUTSIDE_SHELL);
            assertThat(p.message()).startsWith("Hole 1: edge 3–4 crosses the outer boundary");
        });
    }

    @Test
    void aSelfIntersectingHoleAndOverlappingHolesAreReportedPerHole() {
        editWithHole();
        model.holes().start();
        List.of(new GeoPoint(58.0003, 27.0003), new GeoPoint(58.0003, 27.0008), new GeoPoint(58.0008, 27.0008),
                new GeoPoint(58.0008, 27.0003)).forEach(model::addCorner);
        model.finishDrawing();
        assertThat(model.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.HOLES_OVERLAP);
            assertThat(p.ring()).isEqualTo(2);
            assertThat(p.vertex()).isEqualTo(1);
            assertThat(p.message()).startsWith("Holes 1 and 2 overlap or touch around ");
        });
        model.undo();
        model.activeRingProperty().set(1);
        model.moveCorner(1, new GeoPoint(58.0004, 27.0002)); // the hole becomes a bow tie
        assertThat(model.problems()).extracting(ValidityProblem::ring).containsOnly(1);
        assertThat(model.problems()).extracting(ValidityProblem::kind).contains(ProblemKind.SELF_INTERSECTION);
        assertThat(model.problems().get(0).message()).startsWith("Hole 1: ");
    }

    @Test
    void deletingAHoleIsOneUndoStep() {
        editWithHole();
        model.activeRingProperty().set(1);
        model.holes().delete(1);
        assertThat(model.holes().countProperty().get()).isZero();
        assertThat(model.activeRingProperty().get()).isZero();
        model.undo();
        assertThat(model.ring(1)).containsExactlyElementsOf(HOLE);
    }

    @Test
    void savingKeepsTheHolesInOneTransactionWithOneAuditRowAndEditingLoadsThem() throws Exception {
        try (Workspace ws = Workspace.create(dir.resolve("w.gpkg"))) {
            model.startNew(new NewAreaDetails(ws.nextReference(), "Orchard", HazardKind.CONFIRMED,
                    HazardStatus.ACTIVE), List.of());
            SHELL.forEach(model::addCorner);
            model.finishDrawing();
            model.holes().start();
            HOLE.forEach(model::addCorner);
            model.finishDrawing();
            HazardArea saved = model.save(ws);
            assertThat(saved.polygon().getNumInteriorRing()).isEqualTo(1);
            model.startEditing(saved, List.of());
            assertThat(model.holes().countProperty().get()).isEqualTo(1);
            assertThat(model.ring(1)).containsExactlyElementsOf(HOLE);
            model.activeRingProperty().set(1);
            model.moveCorner(0, new GeoPoint(58.0001, 27.0001));
            int audit = ws.auditTrail().size();
            model.save(ws);
            assertThat(ws.auditTrail()).hasSize(audit + 1);
            var stored = ws.hazard(saved.id()).orElseThrow().polygon().getInteriorRingN(0).getCoordinateN(0);
            assertThat(stored.y).isEqualTo(58.0001);
            assertThat(stored.x).isEqualTo(27.0001);
        }
    }

    private void editShell() {
        editShell(SHELL);
    }

    private void editShell(List<GeoPoint> shell) {
        model.startNew(new NewAreaDetails(HazardReference.numbered(1), "Test", HazardKind.SUSPECTED,
                HazardStatus.ACTIVE), List.of());
        shell.forEach(model::addCorner);
        model.finishDrawing();
    }

    private void editWithHole() {
        editShell();
        model.holes().start();
        HOLE.forEach(model::addCorner);
        model.finishDrawing();
    }
}
