package org.mineledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.mineledger.model.HazardReference;
import org.mineledger.plan.monitoring.FollowUp;
import org.mineledger.store.MonitoringStore;
import org.mineledger.store.Workspace;

/** inspect refuses signs, dates and tasks the records do not have, and closes follow-up tasks. */
class InspectCommandTest {
    private static final HazardReference HA1 = new HazardReference("HA-0001");
    @TempDir
    Path dir;
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private Path belt() {
        Path ws = dir.resolve("belt.gpkg");
        assertThat(MineLedgerCommand.run("sample", "border-belt-monitoring", ws.toString())).isZero();
        return ws;
    }

    private void refused(Path ws, String expected, String... args) throws Exception {
        String before = MonitorSetupCommandTest.sha256(ws);
        console.resetErr();
        assertThat(MineLedgerCommand.run(args)).as(String.join(" ", args)).isEqualTo(MineLedgerCommand.USER_ERROR);
        assertThat(console.err()).contains(expected);
        assertThat(MonitorSetupCommandTest.sha256(ws)).isEqualTo(before);
    }

    @Test
    void refusesSignsNotOnTheMarkingPlanAndDatesOutsideMonitoring() throws Exception {
        Path ws = belt();
        String w = ws.toString();
        refused(ws, "S-999 is not on the marking plan of HA-0001", "inspect", w, "HA-0001", "--inspector", "A",
                "--missing", "S-999");
        assertThat(console.err()).contains("S-001").contains("S-033");
        refused(ws, "HA-0003 has no marking plan", "inspect", w, "HA-0003", "--inspector", "A", "--missing", "S-001");
        String future = LocalDate.now(ZoneOffset.UTC).plusYears(10).toString();
        refused(ws, future + " is after today", "inspect", w, "HA-0001", "--inspector", "A", "--date", future);
        refused(ws, "before monitoring of HA-0001 started (2024-10-22)", "inspect", w, "HA-0001", "--inspector", "A",
                "--date", "2020-01-01");
        refused(ws, future + " is after today", "inspect", w, "HA-0001", "--event", "flood", "--date", future);
    }

    @Test
    void repairedSignClosesItsOpenFollowUpInTheAuditedInspection() throws Exception {
        Path ws = belt();
        FollowUp open = openTask(ws, "S-015");
        assertThat(MineLedgerCommand.run("inspect", ws.toString(), "HA-0001", "--inspector", "A. Tamm",
                "--repaired", "S-015")).as(console.err()).isZero();
        assertThat(console.out()).contains("Closed follow-up " + open.id()).contains("S-015");
        try (Workspace w = Workspace.open(ws)) {
            FollowUp closed = new MonitoringStore(w).records().followUps(HA1).stream()
                    .filter(f -> f.id() == open.id()).findFirst().orElseThrow();
            assertThat(closed.done()).contains(LocalDate.now(ZoneOffset.UTC));
        }
        assertThat(lastAudit(ws, open.id())).contains("closed_by_inspection").contains(open.task());
        console.resetOut();
        MineLedgerCommand.run("monitor", ws.toString(), "--area", "HA-0001");
        assertThat(console.out()).doesNotContain("damaged sign S-015");
        refused(ws, "no open follow-up task for sign S-015", "inspect", ws.toString(), "HA-0001", "--inspector", "A",
                "--repaired", "S-015");
        refused(ws, "There is no open follow-up task 9999 at HA-0001", "inspect", ws.toString(), "HA-0001",
                "--inspector", "A", "--done", "9999");
    }

    private static String lastAudit(Path ws, long followUpId) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ws);
             PreparedStatement p = c.prepareStatement("SELECT after_json FROM ml_audit WHERE entity = 'ml_follow_up'"
                     + " AND entity_id = ? ORDER BY seq DESC LIMIT 1")) {
            p.setLong(1, followUpId);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getString(1) : "";
            }
        }
    }

    private static FollowUp openTask(Path ws, String sign) {
        try (Workspace w = Workspace.open(ws)) {
            return new MonitoringStore(w).records().followUps(HA1).stream()
                    .filter(f -> f.isOpen() && f.task().contains(sign)).findFirst().orElseThrow();
        }
    }
}
