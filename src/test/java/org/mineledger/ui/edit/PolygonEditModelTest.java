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
import org.mineledger.geo.Geodesy;
import org.mineledger.geo.validity.ProblemKind;
import org.mineledger.geo.validity.ValidityProblem;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardStatus;
import org.mineledger.store.Workspace;

/** The editor's state without a window: drawing, moving, typing, undo and redo, saving. */
class PolygonEditModelTest {
    private static final GeoPoint A = new GeoPoint(58, 27);
    private static final GeoPoint B = new GeoPoint(58, 27.001);
    private static final GeoPoint C = new GeoPoint(58.001, 27.001);
    private static final GeoPoint D = new GeoPoint(58.001, 27);
    @TempDir
    Path dir;
    private final PolygonEditModel model = new PolygonEditModel();

    @Test
    void drawingAddsCornersAndUndoTakesBackTheLastOne() {
        draw(A, B, C, D);
        assertThat(model.corners()).containsExactly(A, B, C, D);
        assertThat(model.undo()).isTrue();
        assertThat(model.corners()).containsExactly(A, B, C);
        assertThat(model.redo()).isTrue();
        assertThat(model.corners()).containsExactly(A, B, C, D);
        assertThat(model.canRedoProperty().get()).isFalse();
    }

    @Test
    void refusesToFinishWithFewerThanThreeCorners() {
        draw(A, B);
        assertThat(model.finishDrawing()).isFalse();
        assertThat(model.modeProperty().get()).isEqualTo(PolygonEditModel.Mode.DRAWING);
        assertThat(model.tableErrorProperty().get()).contains("at least three corners").contains("2 drawn");
    }

    @Test
    void undoingBelowThreeCornersAfterFinishingLetsTheUserClickCornersAgain() {
        draw(A, B, C);
        model.finishDrawing();
        model.undo();
        assertThat(model.modeProperty().get()).isEqualTo(PolygonEditModel.Mode.DRAWING);
        model.addCorner(D);
        assertThat(model.corners()).containsExactly(A, B, D);
    }

    @Test
    void showsTheGeodesicAreaAndPerimeterLive() {
        draw(A, B, C, D);
        // Planimeter -p 9 on this square: perimeter 341.019390559 m, area 6585.9879 m².
        assertThat(model.areaProperty().get()).isCloseTo(6585.9879, within(0.001));
        assertThat(model.perimeterProperty().get()).isCloseTo(341.019390559, within(1e-6));
        model.undo();
        assertThat(model.areaProperty().get()).isCloseTo(6585.9879 / 2, within(1.0));
    }

    @Test
    void deletingAndUndoingPutsTheCornerBackWhereItWas() {
        draw(A, B, C, D);
        model.finishDrawing();
        model.deleteCorner(1);
        assertThat(model.corners()).containsExactly(A, C, D);
        model.undo();
        assertThat(model.corners()).containsExactly(A, B, C, D);
    }

    @Test
    void aMouseDragIsOneUndoStep() {
        draw(A, B, C, D);
        model.finishDrawing();
        GeoPoint far = new GeoPoint(58.002, 27.002);
        model.beginDrag(2);
        model.dragTo(new GeoPoint(58.0015, 27.0015));
        model.dragTo(far);
        model.endDrag();
        assertThat(model.corners().get(2)).isEqualTo(far);
        model.undo();
        assertThat(model.corners()).containsExactly(A, B, C, D);
    }

    @Test
    void draggingAnEdgeMidpointInsertsACornerAsOneUndoStep() {
        draw(A, B, C, D);
        model.finishDrawing();
        GeoPoint mid = new GeoPoint(57.9995, 27.0005);
        model.beginInsert(1, new GeoPoint(58, 27.0005));
        model.dragTo(mid);
        model.endDrag();
        assertThat(model.corners()).containsExactly(A, mid, B, C, D);
        model.undo();
        assertThat(model.corners()).containsExactly(A, B, C, D);
        model.redo();
        assertThat(model.corners()).containsExactly(A, mid, B, C, D);
    }

    @Test
    void typingAnMgrsCoordinateMovesTheCornerAndIsUndoable() {
        draw(A, B, C, D);
        model.finishDrawing();
        // GeoConvert -m -p 0 of 58.0005 N 27.0015 E gives 35VNE0008828765.
        assertThat(model.setCornerText(1, "35VNE0008828765", CoordinateSystem.LATLON)).isTrue();
        double moved = Geodesy.inverse(model.corners().get(1), new GeoPoint(58.0005, 27.0015)).distance().metres();
        assertThat(moved).isLessThan(1.0);
        assertThat(model.tableErrorProperty().get()).isEmpty();
        model.undo();
        assertThat(model.corners().get(1)).isEqualTo(B);
    }

    @Test
    void aTypingErrorNamesTheVertexAndLeavesTheCornerAndHistoryAlone() {
        draw(A, B, C);
        model.finishDrawing();
        model.undo();
        model.redo();
        assertThat(model.setCornerText(2, "35VNI0008828765", CoordinateSystem.MGRS)).isFalse();
        assertThat(model.tableErrorProperty().get()).startsWith("Vertex 3: ").contains("column");
        assertThat(model.corners()).containsExactly(A, B, C);
        model.undo();
        assertThat(model.corners()).as("the failed edit made no undo step").containsExactly(A, B);
    }

    @Test
    void listsTheCrossingOfAFoldedPolygonAndRefusesToSaveIt() throws Exception {
        try (Workspace ws = Workspace.create(dir.resolve("w.gpkg"))) {
            startNew(ws);
            draw(A, C, B, D);
            model.finishDrawing();
            assertThat(model.problems()).extracting(p -> p.kind()).contains(ProblemKind.SELF_INTERSECTION);
            int audit = ws.auditTrail().size();
            assertThatThrownBy(() -> model.save(ws)).isInstanceOf(BoundaryNotSavableException.class)
                    .hasMessageContaining("Edges 1–2 and 3–4 cross");
            assertThat(ws.hazards()).isEmpty();
            assertThat(ws.auditTrail()).hasSize(audit);
        }
    }

    @Test
    void acceptingTheMakeValidFixRemovesADuplicateCornerAsOneUndoStep() {
        draw(A, B, B, C, D);
        model.finishDrawing();
        assertThat(model.problems()).extracting(p -> p.kind()).containsExactly(ProblemKind.DUPLICATE_VERTEX);
        assertThat(model.showFix().singlePolygon()).isPresent();
        assertThat(model.acceptFix()).isTrue();
        assertThat(model.corners()).hasSize(4).contains(A, B, C, D);
        assertThat(model.problems()).isEmpty();
        model.undo();
        assertThat(model.corners()).containsExactly(A, B, B, C, D);
    }

    @Test
    void savingANewAreaWritesOneAreaAndOneAuditRow() throws Exception {
        try (Workspace ws = Workspace.create(dir.resolve("w.gpkg"))) {
            startNew(ws);
            draw(A, B, C, D);
            model.finishDrawing();
            int audit = ws.auditTrail().size();
            HazardArea saved = model.save(ws);
            assertThat(ws.hazards()).singleElement().satisfies(a -> {
                assertThat(a.name()).isEqualTo("Birch copse");
                assertThat(a.polygon().getNumPoints()).isEqualTo(5);
                assertThat(a.reference()).isEqualTo(saved.reference());
            });
            assertThat(ws.auditTrail()).hasSize(audit + 1);
            assertThat(model.modeProperty().get()).isEqualTo(PolygonEditModel.Mode.IDLE);
        }
    }

    @Test
    void savingAnEditedAreaUpdatesItWithOneAuditRowAndWarnsOfOverlaps() throws Exception {
        try (Workspace ws = Workspace.create(dir.resolve("w.gpkg"))) {
            startNew(ws);
            draw(A, B, C, D);
            model.finishDrawing();
            HazardArea first = model.save(ws);
            startNew(ws);
            draw(new GeoPoint(58, 27.002), new GeoPoint(58, 27.003), new GeoPoint(58.001, 27.003),
                    new GeoPoint(58.001, 27.002));
            model.finishDrawing();
            HazardArea second = model.save(ws);
            model.startEditing(second, PolygonEditModel.neighboursOf(ws.hazards(), second.id()));
            model.moveCorner(0, new GeoPoint(58, 27.0005));
            assertThat(model.problems()).extracting(p -> p.kind()).containsExactly(ProblemKind.OVERLAP);
            assertThat(model.problems().get(0).message()).contains(first.reference().value());
            int audit = ws.auditTrail().size();
            HazardArea updated = model.save(ws);
            assertThat(ws.hazard(second.id()).orElseThrow().polygon().getCoordinates()[0].x)
                    .isEqualTo(27.0005);
            assertThat(updated.id()).isEqualTo(second.id());
            assertThat(ws.auditTrail()).hasSize(audit + 1);
        }
    }

    @Test
    void showsTheSelfIntersectionOfAnAreaWrittenBehindTheAppsBackWhichOpeningDoesNotCheck() throws Exception {
        Path file = dir.resolve("tampered.gpkg");
        HazardArea stored;
        try (Workspace ws = Workspace.create(file)) {
            startNew(ws);
            draw(A, B, C, D);
            model.finishDrawing();
            stored = model.save(ws);
        }
        org.mineledger.store.TamperedWorkspace.replaceGeometry(file, stored.id(), new org.locationtech.jts.geom
                .Coordinate[] {coord(A), coord(C), coord(B), coord(D), coord(A)});
        try (Workspace ws = Workspace.open(file)) {
            HazardArea bowTie = ws.hazards().get(0);
            model.startEditing(bowTie, PolygonEditModel.neighboursOf(ws.hazards(), bowTie.id()));
            assertThat(model.problems()).extracting(ValidityProblem::kind).contains(ProblemKind.SELF_INTERSECTION);
            assertThatThrownBy(() -> model.save(ws)).isInstanceOf(BoundaryNotSavableException.class);
        }
    }

    private static org.locationtech.jts.geom.Coordinate coord(GeoPoint p) {
        return new org.locationtech.jts.geom.Coordinate(p.lon(), p.lat());
    }

    private void startNew(Workspace ws) {
        model.startNew(new NewAreaDetails(ws.nextReference(), "Birch copse", HazardKind.CONFIRMED,
                HazardStatus.ACTIVE), PolygonEditModel.neighboursOf(ws.hazards(), 0));
    }

    private void draw(GeoPoint... points) {
        if (model.modeProperty().get() == PolygonEditModel.Mode.IDLE) {
            model.startNew(new NewAreaDetails(org.mineledger.model.HazardReference.numbered(1), "Test",
                    HazardKind.SUSPECTED, HazardStatus.ACTIVE), List.of());
        }
        for (GeoPoint p : points) {
            model.addCorner(p);
        }
    }
}
