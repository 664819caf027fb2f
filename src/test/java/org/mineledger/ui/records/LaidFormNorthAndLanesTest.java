package org.mineledger.ui.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineledger.geo.AngleUnit;
import org.mineledger.geo.Declination;
import org.mineledger.geo.NorthReference;
import org.mineledger.model.laid.LaidMinefieldRecord;
import org.mineledger.model.laid.LaidRecords;
import org.mineledger.model.laid.LaneOrGap;
import org.mineledger.store.LaidMinefieldStore;
import org.mineledger.store.Workspace;

/** The laid form's north reference (grid, magnetic with declination and date) and its lanes and gaps. */
class LaidFormNorthAndLanesTest {
    @TempDir
    Path dir;

    @org.junit.jupiter.api.BeforeAll
    static void toolkit() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage(); // Task reports its progress on the FX thread
    }

    private LaidMinefieldFormModel loaded(Workspace ws) {
        LaidMinefieldStore store = new LaidMinefieldStore(ws);
        store.add(LaidRecords.complete("MF-5"));
        LaidMinefieldFormModel m = new LaidMinefieldFormModel(store);
        m.load("MF-5");
        return m;
    }

    @Test
    void magneticBearingsNeedTheDeclinationWithItsDateAndArePrintedWithThem() throws Exception {
        try (Workspace ws = Workspace.create(dir.resolve("a.gpkg"))) {
            LaidMinefieldFormModel m = loaded(ws);
            m.north.set(NorthReference.MAGNETIC);
            m.angleUnit.set(AngleUnit.MILS_NATO);
            m.perimeter.set("1600 100\n3200 100\n4800 100\n0 100");
            assertThat(m.validate()).isEmpty();
            assertThat(m.errors.get("declination")).startsWith("Magnetic bearings need the declination");
            m.northEntry.declinationProperty().set("5.5");
            assertThat(m.validate()).isEmpty();
            assertThat(m.errors.get("declination")).contains("Enter the date of the declination 5.5°");
            m.northEntry.declinationDateProperty().set(LocalDate.parse("2026-01-15"));
            LaidMinefieldRecord r = m.validate().orElseThrow();
            assertThat(r.north().declination()).isEqualTo(new Declination(5.5, LocalDate.parse("2026-01-15")));
            assertThat(r.perimeter().get(0).bearing().north()).isEqualTo(NorthReference.MAGNETIC);
            assertThat(m.save()).isTrue();

            LaidMinefieldFormModel again = new LaidMinefieldFormModel(new LaidMinefieldStore(ws));
            again.load("MF-5");
            assertThat(again.north.get()).isEqualTo(NorthReference.MAGNETIC);
            assertThat(again.northEntry.declinationProperty().get()).isEqualTo("5.5");
            assertThat(again.northEntry.declinationDateProperty().get()).isEqualTo(LocalDate.parse("2026-01-15"));

            Path pdf = dir.resolve("mf5.pdf");
            m.printTask(pdf).run();
            try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
                assertThat(new PDFTextStripper().getText(d).replaceAll("\\s+", " ")).contains("magnetic north, "
                        + "declination 5.50° E on 2026-01-15").contains("NATO mils (6400)");
            }
        }
    }

    @Test
    void gridBearingsWithoutAGridUseTheUtmZoneOfTheLandmark() {
        try (Workspace ws = Workspace.create(dir.resolve("b.gpkg"))) {
            LaidMinefieldFormModel m = loaded(ws);
            m.north.set(NorthReference.GRID);
            LaidMinefieldRecord r = m.validate().orElseThrow();
            // the landmark is at 24° E: UTM zone 35 (18° to 24° is zone 34, 24° to 30° zone 35)
            assertThat(r.north().grid().id()).isEqualTo("UTM 35N");
            m.northEntry.gridProperty().set("utm 99");
            assertThat(m.validate()).isEmpty();
            assertThat(m.errors).containsKey("grid");
            m.northEntry.gridProperty().set("EPSG:3067");
            assertThat(m.validate().orElseThrow().north().grid().id()).isEqualTo("EPSG:3067");
        }
    }

    @Test
    void lanesAreAddedEditedAndDeletedWithEachFieldValidated() {
        try (Workspace ws = Workspace.create(dir.resolve("c.gpkg"))) {
            LaidMinefieldFormModel m = loaded(ws);
            LaneEntryModel lanes = m.lanes;
            assertThat(lanes.lanes).extracting(LaneOrGap::label).containsExactly("Lane 1");
            lanes.label.set("Lane 2");
            lanes.width.set("six");
            assertThat(lanes.save()).isFalse();
            assertThat(lanes.error.get()).isEqualTo("Lane 2: width 'six' is not a number of metres; type e.g. 8.");
            lanes.width.set("6");
            lanes.fromRp.set("0 30 5");
            assertThat(lanes.save()).isFalse();
            assertThat(lanes.error.get()).startsWith("Lane 2 from RP: type the bearing and the distance");
            lanes.fromRp.set("0 30");
            lanes.course.set("90 80");
            assertThat(lanes.save()).isTrue();
            lanes.label.set("LANE 2");
            lanes.width.set("3");
            assertThat(lanes.save()).isFalse();
            assertThat(lanes.error.get()).contains("already a lane or gap labelled LANE 2");
            lanes.edit(1);
            assertThat(lanes.course.get()).isEqualTo("90 80");
            lanes.closed.set(true);
            assertThat(lanes.save()).isTrue();
            lanes.delete(0);
            assertThat(m.save()).isTrue();
            LaneOrGap stored = new LaidMinefieldStore(ws).latest("MF-5").orElseThrow().record().lanesAndGaps().get(0);
            assertThat(stored.label()).isEqualTo("Lane 2");
            assertThat(stored.closed()).isTrue();
            assertThat(stored.marked()).isTrue();
            assertThat(stored.fromReference()).isEqualTo(LaidRecords.leg(0, 30));
            assertThat(stored.course()).isEqualTo(LaidRecords.leg(90, 80));
            assertThat(new LaidMinefieldStore(ws).latest("MF-5").orElseThrow().record().lanesAndGaps()).hasSize(1);
        }
    }
}
