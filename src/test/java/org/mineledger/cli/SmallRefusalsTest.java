package org.mineledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Inputs that used to give an empty or silently wrong answer and are now refused with a reason. */
class SmallRefusalsTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @Test
    void dueForATeamThatDoesNotExistSaysSoAndListsTheTeams() {
        Path ws = dir.resolve("belt.gpkg");
        assertThat(MineLedgerCommand.run("sample", "border-belt-monitoring", ws.toString())).isZero();
        assertThat(MineLedgerCommand.run("due", ws.toString(), "--team", "Nobody"))
                .isEqualTo(MineLedgerCommand.USER_ERROR);
        assertThat(console.err()).contains("No team 'Nobody'").contains("Monitoring team North (fictional)");
        assertThat(console.out()).doesNotContain("OVERDUE");
    }

    @Test
    void aLastCasualtyAfterTodayIsRefusedAndNothingStored() throws Exception {
        Path ws = dir.resolve("bc.gpkg");
        assertThat(MineLedgerCommand.run("sample", "border-crossing", ws.toString())).isZero();
        String before = MonitorSetupCommandTest.sha256(ws);
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        assertThat(MineLedgerCommand.run("plan-details", ws.toString(), "HA-0002", "--casualties", "1",
                "--last-casualty", tomorrow)).isEqualTo(MineLedgerCommand.USER_ERROR);
        assertThat(console.err()).contains(tomorrow + " is after today");
        assertThat(MonitorSetupCommandTest.sha256(ws)).isEqualTo(before);
    }
}
