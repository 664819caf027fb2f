package org.mineledger.ui.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineledger.model.RecordStatus;
import org.mineledger.model.laid.LaidRecords;
import org.mineledger.store.LaidMinefieldJson;
import org.mineledger.store.LaidMinefieldStore;
import org.mineledger.store.Workspace;

/** The laid-minefield view model without a window: load, correct a signed-off record, print, convert. */
class LaidMinefieldFormModelTest {
    @TempDir
    Path dir;

    @org.junit.jupiter.api.BeforeAll
    static void toolkit() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage(); // Task reports its progress on the FX thread
    }

    @Test
    void signedOffRecordEditedInTheFormBecomesRevisionTwoAndBothPrint() throws Exception {
        try (Workspace ws = Workspace.create(dir.resolve("m.gpkg"))) {
            ws.markTraining("TRAINING — FICTIONAL DATA", "test");
            LaidMinefieldStore store = new LaidMinefieldStore(ws);
            long id = store.add(LaidRecords.complete("MF-3")).id();
            store.submit(id);
            store.signOff(id, "Maj D. Example", "OC");
            LaidMinefieldFormModel m = new LaidMinefieldFormModel(store, ws.trainingBanner());
            m.load("MF-3");
            // The form holds the record as typed: reading it back gives the stored record.
            assertThat(m.validate()).contains(store.latest("MF-3").orElseThrow().record());
            m.verifiedBy.set("Capt Z. Example");
            assertThat(m.save()).isTrue();
            assertThat(m.current.get().revision()).isEqualTo(2);
            assertThat(m.current.get().status()).isEqualTo(RecordStatus.DRAFT);
            assertThat(m.revisions).hasSize(2);
            assertThat(store.revisions("MF-3").get(0).record().verifiedBy()).isEqualTo("Capt C. Example");

            Path pdf = dir.resolve("mf3.pdf");
            var task = m.printTask(pdf);
            task.run();
            assertThat(task.get()).isEqualTo(pdf);
            try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
                assertThat(new PDFTextStripper().getText(d)).contains("MF-3", "Capt Z. Example",
                        "TRAINING — FICTIONAL DATA", "NOT SIGNED OFF");
            }
            assertThat(LaidMinefieldJson.read(Files.readString(Path.of("samples/records/laid-minefield-MF-0417.json")))
                    .number()).isEqualTo("MF-0417");
        }
    }
}
