package org.mineledger.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Polygon;
import org.mineledger.geo.GeodesicArea;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardStatus;
import org.mineledger.store.LaidMinefieldStore;
import org.mineledger.store.Workspace;

/** The record commands run as a user would, on the committed training files under samples/records. */
class RecordCommandTest {
    private static final Path LAID = Path.of("samples/records/laid-minefield-MF-0417.json");
    private static final Path SURVEY = Path.of("samples/records/survey-HA-0001.json");
    @TempDir
    Path dir;
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @Test
    void laidRecordGoesFromFileToSignedOffPrintedConvertedAndSurveyed() throws Exception {
        String ws = dir.resolve("w.gpkg").toString();
        assertThat(MineLedgerCommand.run("new", ws)).isZero();
        assertThat(MineLedgerCommand.run("record", "add-laid", ws, LAID.toString())).isZero();
        assertThat(console.out()).contains("Stored Minefield MF-0417 rev 1 (draft): 68 mines");
        assertThat(MineLedgerCommand.run("record", "compliance", ws, "MF-0417")).isZero();
        assertThat(MineLedgerCommand.run("record", "sign-off", ws, "MF-0417", "--name", "Maj X", "--role", "OC"))
                .isEqualTo(MineLedgerCommand.USER_ERROR);
        assertThat(console.err()).contains("submit it before signing it off");
        assertThat(MineLedgerCommand.run("record", "submit", ws, "MF-0417")).isZero();
        assertThat(MineLedgerCommand.run("record", "sign-off", ws, "MF-0417", "--name", "Maj X", "--role", "OC"))
                .isZero();
        assertThat(MineLedgerCommand.run("record", "list", ws)).isZero();
        assertThat(console.out()).containsPattern("MF-0417\\s+1 Signed off\\s+protective\\s+68\\s+30\\s+38\\s+0");

        Path pdf = dir.resolve("mf.pdf");
        assertThat(MineLedgerCommand.run("record", "print", ws, "MF-0417", pdf.toString(), "--coords", "utm"))
                .isZero();
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(d)).contains("MF-0417", "Maj X, OC", "Total mines 68", "UTM");
        }

        assertThat(MineLedgerCommand.run("record", "convert", ws, "MF-0417")).isZero();
        assertThat(console.out()).contains("is now confirmed hazard area HA-0001 (68 mines to account for)");
        assertThat(MineLedgerCommand.run("record", "add-survey", ws, SURVEY.toString())).isZero();
        assertThat(console.out()).contains("1 survey(s), 1 find(s), 1 release(s)").contains("balances");
        assertThat(MineLedgerCommand.run("record", "accounting", ws)).isZero();
        Path summary = dir.resolve("summary.pdf");
        assertThat(MineLedgerCommand.run("record", "summary", ws, summary.toString())).isZero();
        Path asReportTakesIt = dir.resolve("summary-option.pdf");
        assertThat(MineLedgerCommand.run("record", "summary", ws, "--pdf", asReportTakesIt.toString())).isZero();
        assertThat(asReportTakesIt).isNotEmptyFile();
        assertThat(MineLedgerCommand.run("record", "summary", ws)).isEqualTo(MineLedgerCommand.USER_ERROR);
        assertThat(console.err()).contains("Give the PDF to write: record summary WORKSPACE OUT.pdf (or --pdf");
        try (PDDocument d = Loader.loadPDF(summary.toFile())) {
            // The reduced polygon (59.99955–59.99985 N, 24.00255–24.0036 E): Planimeter prints 1958 m² (to 1 m²)
            assertThat(new PDFTextStripper().getText(d)).contains("HA-0001", "Reduced (TS) 1,958.3 m²",
                    "balances", "MF-0417 rev 1: 68 mines recorded (AP 30, AT 38)", "AT mine TM-62M", "Scale 1:");
        }
        assertThat(MineLedgerCommand.run("record", "history", ws, "MF-0417")).isZero();
        assertThat(console.out()).contains("Minefield MF-0417 rev 1 (signed off), signed off by Maj X (OC)");
        assertThat(MineLedgerCommand.run("check", ws)).isZero();
        assertThat(console.out()).contains("Area accounting (original = cancelled + reduced + cleared + remaining")
                .containsPattern("HA-0001: original [0-9.]+ m² = cancelled 0.0 \\+ reduced 1958.3 .* balances");
    }

    @Test
    void signedOffCorrectionWhosePerimeterReachesFurtherWidensTheHazardAreaAndKeepsTheOldGround() throws Exception {
        String ws = convertedMf0417();
        Polygon before;
        try (Workspace w = Workspace.open(Path.of(ws))) {
            before = w.hazards().get(0).polygon();
        }
        signCorrection(ws, widerPerimeter());

        try (Workspace w = Workspace.open(Path.of(ws))) {
            HazardArea after = w.hazards().get(0);
            Polygon corrected = new LaidMinefieldStore(w).revisions("MF-0417").stream().filter(r -> r.revision() == 2)
                    .findFirst().orElseThrow().record().traverse().polygon();
            assertThat(after.polygon().buffer(1e-7).covers(corrected)).as("covers the corrected perimeter (to 1 cm)")
                    .isTrue();
            assertThat(after.polygon().getNumPoints()).as("its four corners, no slivers between near-equal corners")
                    .isEqualTo(5);
            assertThat(after.polygon().buffer(1e-7).covers(before)).as("keeps the ground of the earlier boundary")
                    .isTrue();
            // 150 m x 80 m: Planimeter -p 6 of the four corners gives 12000.5 m² (and a perimeter of 460.006095 m)
            assertThat(new GeodesicArea(after.polygon()).area()).isCloseTo(12_000.5, within(0.05));
            assertThat(after.notes()).contains("Boundary widened to cover the corrected perimeter of MF-0417 rev 2");
            assertThat(w.auditTrail().stream().filter(e -> e.entity().equals("hazard_area")).reduce((x, y) -> y)
                    .orElseThrow().afterJson()).as("the widened boundary is in the audit trail")
                    .isNotEqualTo(w.auditTrail().get(0).afterJson());
        }
        assertThat(MineLedgerCommand.run("check", ws)).isZero();
    }

    @Test
    void correctionOfAClearedAreaIsNotWidenedAndSaysTheGroundBeyondIsNotReleased() throws Exception {
        String ws = convertedMf0417();
        Polygon before;
        try (Workspace w = Workspace.open(Path.of(ws))) {
            HazardArea a = w.hazards().get(0);
            before = a.polygon();
            w.update(new HazardArea(a.id(), a.reference(), a.name(), a.kind(), HazardStatus.CLEARED, a.polygon(),
                    a.notes(), a.createdAt(), a.updatedAt()));
        }
        signCorrection(ws, widerPerimeter());

        try (Workspace w = Workspace.open(Path.of(ws))) {
            HazardArea after = w.hazards().get(0);
            assertThat(after.polygon().equalsExact(before)).isTrue();
            assertThat(after.notes()).contains("The corrected perimeter of MF-0417 rev 2 reaches beyond this cleared "
                    + "area: that ground is not released. Record it as a new hazard area.");
        }
    }

    @Test
    void recordFileFaultsNameTheFileTheFieldPathAndTheFormToWriteAndNoParserText() throws Exception {
        String ws = dir.resolve("w.gpkg").toString();
        MineLedgerCommand.run("new", ws);
        String laid = Files.readString(LAID);
        String[][] cases = {
            {"syntax.json", laid.replace("\"number\": \"MF-0417\",", "\"number\": \"MF-0417\""),
                "syntax.json: The record is not valid JSON (line 4, column 3): a comma is missing before this point"},
            {"date.json", laid.replace("2026-03-02T06:00:00Z", "02/03/2026 06:00"), "date.json: Minefield MF-0417: "
                + "Field 'laying_started' '02/03/2026 06:00' is not a date MineLedger reads: write it as date and UTC "
                + "time, e.g. 2026-03-02T06:00:00Z."},
            {"count.json", laid.replace("\"count\": 30", "\"count\": -5"), "count.json: Minefield MF-0417: Field "
                + "'strips[0].mines[1].count' is -5: a strip entry holds 1 mine or more."},
            {"order.json", laid.replace("2026-03-02T14:30:00Z", "2026-03-01T14:30:00Z"), "order.json: Minefield "
                + "MF-0417: laying completed (2026-03-01T14:30:00Z) is before laying started"}};
        for (String[] c : cases) {
            Path file = dir.resolve(c[0]);
            Files.writeString(file, c[1]);
            console.resetErr();
            assertThat(MineLedgerCommand.run("record", "add-laid", ws, file.toString()))
                    .isEqualTo(MineLedgerCommand.USER_ERROR);
            assertThat(console.err()).as(c[0]).contains(c[2]).doesNotContain("code 34", "could not be parsed",
                    "Minefield MF-0417: Minefield", "..", "{\"model\"");
        }
        Path survey = dir.resolve("survey.json");
        Files.writeString(survey, "{\"hazard\": \"HA-0001\", \"surveys\": [{\"type\": \"NTS\", \"date\": "
                + "\"12.04.2026\", \"team\": \"T\"}]}");
        assertThat(MineLedgerCommand.run("record", "add-survey", ws, survey.toString()))
                .isEqualTo(MineLedgerCommand.USER_ERROR);
        assertThat(console.err()).contains("survey.json: Field 'surveys[0].date' '12.04.2026' is not a date "
                + "MineLedger reads: write it as YYYY-MM-DD");
    }

    /** MF-0417 as corrected: the perimeter was paced 30 m short, 150 m east-west, not 120. */
    private static String widerPerimeter() throws java.io.IOException {
        return Files.readString(LAID).replace("{\"bearing\": 90, \"distance_m\": 120}",
                "{\"bearing\": 90, \"distance_m\": 150}").replace("{\"bearing\": 270, \"distance_m\": 120}",
                "{\"bearing\": 270, \"distance_m\": 150}");
    }

    private String convertedMf0417() {
        String ws = dir.resolve("w.gpkg").toString();
        MineLedgerCommand.run("new", ws);
        MineLedgerCommand.run("record", "add-laid", ws, LAID.toString());
        MineLedgerCommand.run("record", "submit", ws, "MF-0417");
        MineLedgerCommand.run("record", "sign-off", ws, "MF-0417", "--name", "Maj X", "--role", "OC");
        assertThat(MineLedgerCommand.run("record", "convert", ws, "MF-0417")).isZero();
        return ws;
    }

    private void signCorrection(String ws, String json) throws Exception {
        Path corrected = dir.resolve("corrected.json");
        Files.writeString(corrected, json);
        assertThat(MineLedgerCommand.run("record", "correct", ws, "MF-0417", corrected.toString())).isZero();
        assertThat(MineLedgerCommand.run("record", "submit", ws, "MF-0417")).isZero();
        assertThat(MineLedgerCommand.run("record", "sign-off", ws, "MF-0417", "--name", "Maj Y", "--role", "OC"))
                .isZero();
    }

    @Test
    void signedOffCorrectionOfAConvertedRecordUpdatesItsHazardAreaAndASecondConvertIsRefused() throws Exception {
        String ws = convertedMf0417();
        signCorrection(ws, Files.readString(LAID).replace("\"count\": 20", "\"count\": 22"));
        console.resetOut();

        assertThat(MineLedgerCommand.run("record", "list", ws)).isZero();
        assertThat(console.out()).containsPattern("MF-0417\\s+2 Signed off\\s+protective\\s+70\\s+30\\s+40\\s+0\\s+HA-0001");
        Path hazard = dir.resolve("hazard.pdf");
        assertThat(MineLedgerCommand.run("record", ws, "HA-0001", "--pdf", hazard.toString())).isZero();
        try (PDDocument d = Loader.loadPDF(hazard.toFile())) {
            assertThat(new PDFTextStripper().getText(d)).contains("MF-0417 rev 2: 70 mines recorded (AP 30, AT 40)");
        }
        assertThat(MineLedgerCommand.run("record", "convert", ws, "MF-0417")).isEqualTo(MineLedgerCommand.USER_ERROR);
        assertThat(console.err()).contains("MF-0417 is already confirmed hazard area HA-0001")
                .doesNotContain("Exception");
        try (Workspace w = Workspace.open(Path.of(ws))) {
            assertThat(w.hazards()).singleElement().satisfies(h -> assertThat(h.notes())
                    .contains("MF-0417 rev 1; signed-off correction rev 2").contains("Mines recorded: 70 (AP 30, AT 40)")
                    .doesNotContain("68"));
        }
        assertThat(MineLedgerCommand.run("check", ws)).isZero();
    }

    @Test
    void recordThatDoesNotCloseIsRefusedAtSubmitAndRecordCorrectReplacesIt() throws Exception {
        String ws = dir.resolve("w.gpkg").toString();
        MineLedgerCommand.run("new", ws);
        String good = Files.readString(LAID).replace("MF-0417", "MF-OPEN");
        Path open = dir.resolve("open.json");
        Files.writeString(open, good.replace("{\"bearing\": 90, \"distance_m\": 120}",
                "{\"bearing\": 90, \"distance_m\": 121.5}"));
        assertThat(MineLedgerCommand.run("record", "add-laid", ws, open.toString())).isZero();
        assertThat(MineLedgerCommand.run("record", "submit", ws, "MF-OPEN")).isEqualTo(MineLedgerCommand.USER_ERROR);
        assertThat(console.err()).contains("MF-OPEN rev 1 cannot be submitted", "does not close", "gap 1.50 m",
                "mineledger record correct " + ws + " MF-OPEN FILE.json").doesNotContain("Exception");
        assertThat(MineLedgerCommand.run("record", "add-laid", ws, open.toString()))
                .isEqualTo(MineLedgerCommand.USER_ERROR);
        assertThat(console.err()).contains("MF-OPEN is already recorded", "mineledger record correct " + ws
                + " MF-OPEN " + open);

        Path fixed = dir.resolve("fixed.json");
        Files.writeString(fixed, good);
        assertThat(MineLedgerCommand.run("record", "correct", ws, "MF-OPEN", fixed.toString())).isZero();
        assertThat(console.out()).contains("Minefield MF-OPEN rev 1 (draft) now holds " + fixed);
        assertThat(MineLedgerCommand.run("record", "submit", ws, "MF-OPEN")).isZero();
        Path more = dir.resolve("more.json");
        Files.writeString(more, good.replace("\"count\": 20", "\"count\": 22"));
        assertThat(MineLedgerCommand.run("record", "correct", ws, "MF-OPEN", more.toString())).isZero();
        assertThat(MineLedgerCommand.run("record", "submit", ws, "MF-OPEN")).isZero();
        assertThat(MineLedgerCommand.run("record", "sign-off", ws, "MF-OPEN", "--name", "Maj X", "--role", "OC"))
                .isZero();
        console.resetOut();
        assertThat(MineLedgerCommand.run("record", "list", ws)).isZero();
        assertThat(console.out()).containsPattern("MF-OPEN\\s+1 Signed off\\s+protective\\s+70");
        assertThat(MineLedgerCommand.run("check", ws)).isZero();
    }

    @Test
    void releaseOutsideItsHazardAreaIsRefusedWithExitTwoAndNothingStored() throws Exception {
        String ws = dir.resolve("w.gpkg").toString();
        MineLedgerCommand.run("new", ws);
        MineLedgerCommand.run("record", "add-laid", ws, LAID.toString());
        MineLedgerCommand.run("record", "submit", ws, "MF-0417");
        MineLedgerCommand.run("record", "sign-off", ws, "MF-0417", "--name", "Maj X", "--role", "OC");
        MineLedgerCommand.run("record", "convert", ws, "MF-0417");
        Path outside = dir.resolve("outside.json");
        Files.writeString(outside, Files.readString(SURVEY).replace("24.0036", "24.0050"));
        assertThat(MineLedgerCommand.run("record", "add-survey", ws, outside.toString()))
                .isEqualTo(MineLedgerCommand.USER_ERROR);
        assertThat(console.err()).contains("Release 1 (reduced, 2026-04-12) lies partly outside hazard area HA-0001")
                .contains("m² are outside").doesNotContain("Exception");
        console.resetOut();
        assertThat(MineLedgerCommand.run("record", "accounting", ws)).isZero();
        assertThat(console.out()).contains("cancelled 0.0 + reduced 0.0 + cleared 0.0");
    }

    @Test
    void recordFileErrorsNameTheFieldAndExitTwo() throws Exception {
        String ws = dir.resolve("w.gpkg").toString();
        MineLedgerCommand.run("new", ws);
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(LAID).replace("\"spacing_m\": 3", "\"spacing_m\": -3"));
        assertThat(MineLedgerCommand.run("record", "add-laid", ws, bad.toString()))
                .isEqualTo(MineLedgerCommand.USER_ERROR);
        assertThat(console.err()).contains("Minefield MF-0417").contains("strips[0].mines[1]").contains("-3.0 m");
        assertThat(MineLedgerCommand.run("record", "compliance", ws, "MF-9")).isEqualTo(MineLedgerCommand.USER_ERROR);
        assertThat(console.err()).contains("There is no minefield MF-9");
    }

    @Test
    void recordWorkspaceRefPdfPrintsTheLaidFormOrTheHazardSummaryBesideTheSubcommands() throws Exception {
        String ws = dir.resolve("w.gpkg").toString();
        MineLedgerCommand.run("new", ws);
        assertThat(MineLedgerCommand.run("record", "add-laid", ws, LAID.toString())).isZero();
        Path laid = dir.resolve("laid.pdf");
        assertThat(MineLedgerCommand.run("record", ws, "MF-0417", "--pdf", laid.toString())).isZero();
        assertThat(console.out()).contains("Wrote " + laid + " (minefield MF-0417 rev 1)");
        try (PDDocument d = Loader.loadPDF(laid.toFile())) {
            assertThat(new PDFTextStripper().getText(d)).contains("MF-0417", "Total mines 68");
        }
        // the subcommands still parse as before, next to the positional form
        assertThat(MineLedgerCommand.run("record", "submit", ws, "MF-0417")).isZero();
        assertThat(MineLedgerCommand.run("record", "sign-off", ws, "MF-0417", "--name", "Maj X", "--role", "OC"))
                .isZero();
        assertThat(MineLedgerCommand.run("record", "convert", ws, "MF-0417")).isZero();
        Path hazard = dir.resolve("hazard.pdf");
        assertThat(MineLedgerCommand.run("record", ws, "HA-0001", "--pdf", hazard.toString())).isZero();
        try (PDDocument d = Loader.loadPDF(hazard.toFile())) {
            assertThat(new PDFTextStripper().getText(d)).contains("HA-0001", "MF-0417 rev 1: 68 mines recorded")
                    .doesNotContain("Turning points");
        }
        assertThat(MineLedgerCommand.run("record", "list", ws)).isZero();
        assertThat(console.out()).containsPattern("MF-0417\\s+1 Signed off");
    }

    @Test
    void unknownRefOrMissingPdfOptionExitsTwoWithWhatToType() throws Exception {
        String ws = dir.resolve("w.gpkg").toString();
        MineLedgerCommand.run("new", ws);
        Path out = dir.resolve("x.pdf");
        assertThat(MineLedgerCommand.run("record", ws, "MF-9999", "--pdf", out.toString()))
                .isEqualTo(MineLedgerCommand.USER_ERROR);
        assertThat(console.err()).contains("'MF-9999' is neither a minefield number nor a hazard reference")
                .doesNotContain("Exception");
        assertThat(out).doesNotExist();
        assertThat(MineLedgerCommand.run("record", ws, "MF-9999")).isEqualTo(MineLedgerCommand.USER_ERROR);
        assertThat(console.err()).contains("mineledger record WORKSPACE REF --pdf OUT.pdf");
        assertThat(MineLedgerCommand.run("record")).isZero();
        assertThat(console.out()).contains("add-laid", "REF");
    }
}
