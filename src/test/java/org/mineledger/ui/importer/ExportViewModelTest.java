package org.mineledger.ui.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.mineledger.io.export.ExportFormat;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardReference;
import org.mineledger.model.evidence.SurveyEvidence;
import org.mineledger.ui.importer.ExportViewModel.Scope;
import org.mineledger.ui.importer.ExportViewModel.What;

/** The export dialog's state without a window: what is counted for each choice, the formats, the file name. */
class ExportViewModelTest {
    private static final GeometryFactory GF = new GeometryFactory();
    private static final Path FOLDER = Path.of("/data/field");
    private final List<HazardArea> areas = List.of(ExportJobTest.area(1), ExportJobTest.area(2),
            ExportJobTest.area(3), ExportJobTest.area(4));
    private final List<SurveyEvidence> evidence = List.of(point(1, 2), point(2, 2), line(3, 3), point(4, 0),
            line(5, 1));

    @Test
    void selectedAreasAreTheDefaultChoiceAndAllOfThemAreCounted() {
        ExportViewModel m = model(List.of(areas.get(1), areas.get(3)));

        assertThat(m.scopeProperty().get()).isEqualTo(Scope.SELECTED);
        assertThat(m.countProperty().get()).isEqualTo(2);
        assertThat(m.label(Scope.SELECTED)).isEqualTo("The areas selected in the table (2)");
        assertThat(m.label(Scope.SHOWN)).isEqualTo("The areas shown in the table (3)");
        assertThat(m.summaryProperty().get()).isEqualTo("2 hazard area(s) will be written as GeoPackage (.gpkg).");
        assertThat(model(List.of()).scopeProperty().get()).isEqualTo(Scope.ALL);
    }

    @Test
    void evidenceIsCountedByTheAreasItBelongsToAndOffersOnlyPointAndLineFormats() {
        ExportViewModel m = model(List.of(areas.get(1), areas.get(2)));
        m.formatProperty().set(ExportFormat.SHAPEFILE);

        m.whatProperty().set(What.EVIDENCE);

        assertThat(m.formats()).containsExactly(ExportFormat.GPX, ExportFormat.GEOJSON);
        assertThat(m.formatProperty().get()).isEqualTo(ExportFormat.GEOJSON);
        assertThat(m.count(Scope.ALL)).as("evidence tied to no area counts only in all").isEqualTo(5);
        assertThat(m.count(Scope.SELECTED)).as("evidence of HA-0002 and HA-0003").isEqualTo(3);
        assertThat(m.count(Scope.SHOWN)).as("evidence of HA-0001…HA-0003").isEqualTo(4);
        assertThat(m.summaryProperty().get()).isEqualTo("3 survey evidence feature(s) (2 waypoint(s), 1 track(s)) "
                + "will be written as GeoJSON (.geojson).");
        assertThat(m.fileProperty().get()).isEqualTo(FOLDER.resolve("survey-evidence.geojson").toString());

        m.whatProperty().set(What.HAZARDS);
        assertThat(m.formats()).hasSize(ExportFormat.values().length);
        assertThat(m.fileProperty().get()).isEqualTo(FOLDER.resolve("hazard-areas.geojson").toString());
    }

    @Test
    void aWorkspaceWithoutEvidenceSaysSoAndHasNothingToWrite() {
        ExportViewModel m = new ExportViewModel(areas, areas, List.of(), List.of(), FOLDER, "", "");
        m.whatProperty().set(What.EVIDENCE);

        assertThat(m.countProperty().get()).isZero();
        assertThat(m.summaryProperty().get()).startsWith("This workspace holds no survey evidence.");
    }

    @Test
    void theFileGetsTheExtensionOfTheFormat() {
        ExportViewModel m = model(List.of());
        m.fileProperty().set("/tmp/out/areas.gpx");
        m.formatProperty().set(ExportFormat.SHAPEFILE);
        assertThat(m.fileProperty().get()).isEqualTo("/tmp/out/areas.shp");
        m.fileProperty().set("/tmp/out/areas");
        assertThat(m.target()).isEqualTo(Path.of("/tmp/out/areas.shp"));
        m.fileProperty().set("  ");
        assertThatThrownBy(m::target).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Type the name of the file");
    }

    @Test
    void theDoneMessageOfAShapefileNamesTheTextsItHadToCut() {
        HazardArea a = areas.get(0);
        HazardArea longNotes = a.withDetails(a.name(), a.kind(), "Dense forest. ".repeat(30), a.updatedAt());
        ExportViewModel m = new ExportViewModel(List.of(longNotes), List.of(longNotes), List.of(), List.of(), FOLDER,
                "", "");

        m.formatProperty().set(ExportFormat.SHAPEFILE);
        assertThat(m.doneMessage(1, Path.of("/tmp/a.shp"))).contains("Warning", "HA-0001", "254 bytes");
        m.formatProperty().set(ExportFormat.GEOJSON);
        assertThat(m.doneMessage(1, Path.of("/tmp/a.geojson"))).doesNotContain("Warning");
    }

    private ExportViewModel model(List<HazardArea> selected) {
        return new ExportViewModel(areas, areas.subList(0, 3), selected, evidence, FOLDER, "", "");
    }

    /** Evidence {@code id} of hazard area {@code hazard} (0: of none). */
    private static SurveyEvidence point(long id, int hazard) {
        return evidence(id, GF.createPoint(new Coordinate(30.55, 50.405)), hazard);
    }

    private static SurveyEvidence line(long id, int hazard) {
        return evidence(id, GF.createLineString(new Coordinate[] {new Coordinate(30.55, 50.405),
            new Coordinate(30.56, 50.406)}), hazard);
    }

    private static SurveyEvidence evidence(long id, org.locationtech.jts.geom.Geometry g, int hazard) {
        return new SurveyEvidence(id, g, "E" + id, null, null, "team.gpx", "wpt " + id,
                hazard == 0 ? null : HazardReference.numbered(hazard), "");
    }
}
