package org.mineledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.mineledger.model.HazardReference;
import org.mineledger.plan.monitoring.MonitoringSettings;
import org.mineledger.store.MonitoringStore;
import org.mineledger.store.Workspace;

/** monitor-setup checks everything before it writes, and keeps what it is not told. */
class MonitorSetupCommandTest {
    private static final HazardReference HA1 = new HazardReference("HA-0001");
    @TempDir
    Path dir;
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private Path sample() {
        Path ws = dir.resolve("belt.gpkg");
        assertThat(MineLedgerCommand.run("sample", "border-belt-monitoring", ws.toString())).isZero();
        return ws;
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static MonitoringSettings settings(Path ws) {
        try (Workspace w = Workspace.open(ws)) {
            return new MonitoringStore(w).records().settings(HA1);
        }
    }

    @Test
    void aRefusedSetupLeavesTheWorkspaceByteIdentical() throws Exception {
        Path ws = sample();
        String before = sha256(ws);
        assertThat(MineLedgerCommand.run("monitor-setup", ws.toString(), "HA-0001", "--self-destruct", "30d"))
                .isEqualTo(MineLedgerCommand.USER_ERROR);
        assertThat(sha256(ws)).isEqualTo(before);
        assertThat(MineLedgerCommand.run("monitor-setup", ws.toString(), "HA-0001", "--laying-completed",
                "2024-10-20T12:00:00Z", "--self-deactivation", "100d", "--self-destruct", "200d"))
                .isEqualTo(MineLedgerCommand.USER_ERROR);
        assertThat(console.err()).contains("Self-deactivation (100 days) comes before self-destruction (200 days)");
        assertThat(sha256(ws)).isEqualTo(before);
        assertThat(MineLedgerCommand.run("monitor-setup", ws.toString(), "HA-0001", "--laying-completed", "yesterday",
                "--self-deactivation", "120d", "--self-destruct", "30d")).isEqualTo(MineLedgerCommand.USER_ERROR);
        assertThat(sha256(ws)).isEqualTo(before);
    }

    @Test
    void optionsNotGivenKeepTheirStoredValues() {
        Path ws = sample();
        MonitoringSettings stored = settings(ws);
        assertThat(stored.team()).isEqualTo("Monitoring team North (fictional)");
        assertThat(stored.monitoringFrom()).contains(LocalDate.of(2024, 10, 22));
        assertThat(MineLedgerCommand.run("monitor-setup", ws.toString(), "HA-0001", "--near-settlement", "false"))
                .as(console.err()).isZero();
        assertThat(settings(ws)).isEqualTo(new MonitoringSettings(HA1, stored.team(), false, stored.monitoringFrom()));
        assertThat(MineLedgerCommand.run("monitor-setup", ws.toString(), "HA-0001", "--team", "Team 7"))
                .as(console.err()).isZero();
        assertThat(settings(ws)).isEqualTo(new MonitoringSettings(HA1, "Team 7", false, stored.monitoringFrom()));
    }
}
