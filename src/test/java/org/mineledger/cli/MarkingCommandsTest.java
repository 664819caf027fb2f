package org.mineledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** mark, inspect and monitor on the bundled training sample, as a user would run them. */
class MarkingCommandsTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private Path sample() {
        Path ws = dir.resolve("demo.gpkg");
        assertThat(MineLedgerCommand.run("sample", "border-crossing", ws.toString())).isZero();
        return ws;
    }

    @Test
    void markWritesGpxCsvAndPdfAndFindsTheTrackCrossings() throws Exception {
        Path ws = sample();
        Path gpx = dir.resolve("s.gpx");
        Path csv = dir.resolve("s.csv");
        Path pdf = dir.resolve("s.pdf");
        int code = MineLedgerCommand.run("mark", ws.toString(), "HA-0001", "--spacing", "25", "--buffer", "10",
                "--gpx", gpx.toString(), "--csv", csv.toString(), "--system", "mgrs", "--pdf", pdf.toString());
        assertThat(code).as(console.err()).isZero();
        String printed = console.out();
        assertThat(printed).contains("Marking plan for HA-0001").contains("TRAINING — FICTIONAL DATA")
                .contains("track crossing").contains("person-hours");
        assertThat(Files.readString(gpx)).contains("<name>S-001</name>");
        assertThat(Files.readAllLines(csv).get(0)).contains("position (mgrs)");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void markingAHandedOverAreaWarnsThatItsLandIsReleased() {
        Path ws = sample(); // HA-0012 of the sample is handed over, HA-0001 active
        assertThat(MineLedgerCommand.run("mark", ws.toString(), "HA-0012", "--no-save")).isZero();
        assertThat(console.err()).contains("Warning: HA-0012 is handed over: its land is released",
                "only to find the signs and fence to take down");
        console.resetErr();
        assertThat(MineLedgerCommand.run("mark", ws.toString(), "HA-0001", "--no-save")).isZero();
        assertThat(console.err()).doesNotContain("Warning");
    }

    @Test
    void aMissingSignLoggedByInspectShowsAsAFollowUpAndOverdueExitsThree() throws Exception {
        Path ws = sample();
        assertThat(MineLedgerCommand.run("mark", ws.toString(), "HA-0001")).isZero(); // numbers the signs
        console.resetOut();
        assertThat(MineLedgerCommand.run("inspect", ws.toString(), "HA-0001", "--inspector", "A. Tamm", "--team",
                "Team 2", "--missing", "S-004", "--date", "2026-11-20")).as(console.err()).isZero();
        assertThat(console.out()).contains("due 2026-11-22  Replace missing sign S-004");
        console.resetOut();
        assertThat(MineLedgerCommand.run("monitor", ws.toString(), "--date", "2026-11-27", "--area", "HA-0001"))
                .isEqualTo(MonitorCommand.OVERDUE);
        String printed = console.out();
        assertThat(printed.substring(printed.indexOf("OVERDUE"), printed.indexOf("DUE THIS WEEK")))
                .contains("2026-11-22  HA-0001  Team 2").contains("Replace missing sign S-004");
        console.resetOut();
        assertThat(MineLedgerCommand.run("due", ws.toString(), "--date", "2026-11-21", "--area", "HA-0001"))
                .isZero();
    }

    @Test
    void monitorWritesACalendarARealParserReads() throws Exception {
        Path ws = sample();
        Path ics = dir.resolve("m.ics");
        assertThat(MineLedgerCommand.run("schedule", ws.toString(), "--date", "2026-11-27", "--ics", ics.toString()))
                .isZero();
        Calendar cal = new CalendarBuilder().build(Files.newInputStream(ics));
        cal.validate();
        // 11 areas not handed over in the sample (HA-0012 is handed over): at least one inspection each
        assertThat(cal.getComponents(Component.VEVENT).size()).isGreaterThanOrEqualTo(11);
        assertThat(Files.readString(ics)).doesNotContain("HA-0012");
    }

    @Test
    void theCommandLinesOfIssue7WorkAsWritten() throws Exception {
        Path ws = sample();
        Path gpx = dir.resolve("OUT.gpx");
        Path pdf = dir.resolve("OUT.pdf");
        assertThat(MineLedgerCommand.run("marking", ws.toString(), "HA-0002", "--gpx", gpx.toString(), "--pdf",
                pdf.toString())).as(console.err()).isZero();
        var doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(gpx.toFile());
        var waypoints = doc.getElementsByTagName("wpt");
        assertThat(waypoints.getLength()).isGreaterThan(3);
        assertThat(((org.w3c.dom.Element) waypoints.item(0)).getElementsByTagName("name").item(0).getTextContent())
                .isEqualTo("S-001");
        try (PDDocument p = Loader.loadPDF(pdf.toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(p)).contains("Marking plan — HA-0002");
        }

        Path ics = dir.resolve("OUT.ics");
        Path teams = dir.resolve("teams");
        assertThat(MineLedgerCommand.run("schedule", ws.toString(), "--ics", ics.toString(), "--ics-per-team",
                teams.toString())).isZero();
        new CalendarBuilder().build(Files.newInputStream(ics)).validate();
        try (var files = Files.list(teams)) {
            assertThat(files).isNotEmpty().allMatch(f -> f.toString().endsWith(".ics"));
        }

        console.resetOut();
        assertThat(MineLedgerCommand.run("due", ws.toString(), "--date", "2026-11-27"))
                .isEqualTo(MonitorCommand.OVERDUE).isEqualTo(3);
        assertThat(console.out()).contains("OVERDUE (").contains("DUE THIS WEEK (");
        // as of a day before monitoring began nothing is overdue: exit 0
        assertThat(MineLedgerCommand.run("due", ws.toString(), "--date", "2025-03-04")).isZero();
    }

    @Test
    void monitorSetupGivesTheTeamAndTheSelfDestructReviews() {
        Path ws = sample();
        assertThat(MineLedgerCommand.run("monitor-setup", ws.toString(), "HA-0004", "--team", "Team 3",
                "--near-settlement", "false", "--laying-completed", "2026-11-01T06:00:00Z", "--self-destruct", "720h",
                "--self-deactivation", "120d")).isZero();
        console.resetOut();
        MineLedgerCommand.run("monitor", ws.toString(), "--date", "2026-11-27", "--team", "Team 3");
        String printed = console.out();
        // 2026-11-01T06:00Z + 720 h = 2026-12-01; + 120 days = 2027-03-01 (beyond the 90-day horizon it is still listed)
        assertThat(printed).contains("2026-12-01  HA-0004  Team 3     Self-destruct review")
                .contains("2027-03-01  HA-0004  Team 3     Self-deactivation review")
                .doesNotContain("HA-0001");
        assertThat(MineLedgerCommand.run("monitor-setup", ws.toString(), "HA-0004", "--self-destruct", "30x"))
                .isEqualTo(MineLedgerCommand.USER_ERROR);
    }

    @Test
    void anUnknownAreaIsAUserErrorWithoutAStackTrace() {
        Path ws = sample();
        assertThat(MineLedgerCommand.run("mark", ws.toString(), "HA-0999")).isEqualTo(MineLedgerCommand.USER_ERROR);
        assertThat(console.err()).contains("no hazard area HA-0999").doesNotContain("\tat ");
    }
}
