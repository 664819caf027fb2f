package org.mineledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardReference;
import org.mineledger.model.HazardStatus;
import org.mineledger.store.Workspace;

/** Several selected areas in the main view model: one of them focused, kept across a reload, named in menus. */
class MainViewModelSelectionTest {
    @Test
    void severalAreasAreSelectedAndTheFocusedOneIsTheSelectedProperty(@TempDir Path dir) {
        try (MainViewModel main = open(dir)) {
            List<Long> ids = main.allHazards().stream().map(HazardArea::id).toList();

            main.select(List.of(ids.get(2), ids.get(0)), ids.get(2));

            assertThat(main.selection()).extracting(a -> a.reference().value()).containsExactly("HA-0001", "HA-0003");
            assertThat(main.selectedProperty().get().reference().value()).isEqualTo("HA-0003");

            main.select(ids.get(1));
            assertThat(main.selection()).extracting(a -> a.reference().value()).containsExactly("HA-0002");
            main.select(0);
            assertThat(main.selection()).isEmpty();
            assertThat(main.selectedProperty().get()).isNull();
        }
    }

    @Test
    void toggleAddsAnAreaAndFocusesItOrTakesItOut(@TempDir Path dir) {
        try (MainViewModel main = open(dir)) {
            List<Long> ids = main.allHazards().stream().map(HazardArea::id).toList();
            main.select(ids.get(0));

            main.toggle(ids.get(2));
            assertThat(main.selection()).extracting(HazardArea::id).containsExactly(ids.get(0), ids.get(2));
            assertThat(main.selectedProperty().get().id()).isEqualTo(ids.get(2));

            main.toggle(ids.get(2));
            assertThat(main.selection()).extracting(HazardArea::id).containsExactly(ids.get(0));
            assertThat(main.selectedProperty().get().id()).isEqualTo(ids.get(0));
            main.toggle(ids.get(0));
            assertThat(main.selection()).isEmpty();
            assertThat(main.selectedProperty().get()).isNull();
        }
    }

    @Test
    void reloadKeepsEverySelectedAreaAndTheFocus(@TempDir Path dir) {
        try (MainViewModel main = open(dir)) {
            List<Long> ids = main.allHazards().stream().map(HazardArea::id).toList();
            main.select(List.of(ids.get(0), ids.get(1)), ids.get(0));

            main.reload();

            assertThat(main.selection()).extracting(HazardArea::id).containsExactly(ids.get(0), ids.get(1));
            assertThat(main.selectedProperty().get().id()).isEqualTo(ids.get(0));
        }
    }

    @Test
    void aSingleAreaActionNamesTheFocusedAreaOnlyWhenSeveralAreSelected(@TempDir Path dir) {
        try (MainViewModel main = open(dir)) {
            List<Long> ids = main.allHazards().stream().map(HazardArea::id).toList();
            MenuItem details = new MenuItem("Area details\u2026");
            FocusedArea.nameIn(details, main);
            main.select(ids.get(0));
            assertThat(details.getText()).isEqualTo("Area details\u2026");

            main.select(List.of(ids.get(0), ids.get(1)), ids.get(1));

            assertThat(details.getText()).isEqualTo("Area details (HA-0002 only)\u2026");
        }
    }

    @Test
    void theFocusedAreasHistoryHoldsItsRecordsAndItsAccountingFollowsItsReleases(@TempDir Path dir) {
        try (MainViewModel main = open(dir)) {
            HazardArea first = main.allHazards().get(0);
            org.mineledger.store.SurveyStore records = new org.mineledger.store.SurveyStore(main.workspace()
                    .orElseThrow());
            // the south-west quarter of the triangle's bounding box, cleared
            records.addRelease(first.id(), new org.mineledger.model.survey.LandReleaseEvent(
                    org.mineledger.model.survey.ReleaseKind.CLEARED, new GeometryFactory().createPolygon(
                            new Coordinate[] {new Coordinate(30.52, 50.4), new Coordinate(30.525, 50.4),
                                new Coordinate(30.525, 50.402), new Coordinate(30.52, 50.4)}), "manual",
                    java.time.LocalDate.parse("2026-05-01")));

            main.select(first.id());

            assertThat(main.history()).extracting(e -> e.entity()).containsExactly("hazard_area", "land_release");
            var accounting = main.accountingProperty().get();
            assertThat(accounting.releasedM2(org.mineledger.model.survey.ReleaseKind.CLEARED)).isPositive();
            assertThat(accounting.remainingM2()).isLessThan(accounting.originalM2());
            main.select(main.allHazards().get(1).id());
            assertThat(main.history()).extracting(e -> e.entity()).containsExactly("hazard_area");
            assertThat(main.accountingProperty().get().remainingM2())
                    .isEqualTo(main.accountingProperty().get().originalM2());
        }
    }

    private static MainViewModel open(Path dir) {
        Path file = dir.resolve("field.gpkg");
        GeometryFactory gf = new GeometryFactory();
        try (Workspace ws = Workspace.create(file)) {
            for (int n = 1; n <= 3; n++) {
                double lon = 30.5 + n * 0.02;
                ws.add(HazardArea.draft(HazardReference.numbered(n), "Training area " + n, HazardKind.SUSPECTED,
                        HazardStatus.ACTIVE, gf.createPolygon(new Coordinate[] {new Coordinate(lon, 50.4),
                            new Coordinate(lon + 0.01, 50.4), new Coordinate(lon + 0.01, 50.41),
                            new Coordinate(lon, 50.4)}), "", Instant.parse("2026-03-01T00:00:00Z")));
            }
        }
        MainViewModel main = new MainViewModel(new RecentFiles(dir.resolve("recent.txt")));
        main.open(file);
        return main;
    }
}
