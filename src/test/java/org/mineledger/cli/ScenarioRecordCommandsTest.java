package org.mineledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineledger.io.sample.ReferenceSolution;
import org.mineledger.plan.clearance.Assignment;
import org.mineledger.plan.clearance.Plan;
import org.mineledger.store.PlanStore;
import org.mineledger.store.Workspace;

/** The records a training scenario installs, seen through the commands a trainer would run on it. */
class ScenarioRecordCommandsTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    private Path sample(String id) {
        Path ws = dir.resolve(id + ".gpkg");
        assertThat(MineLedgerCommand.run("sample", id, ws.toString())).as(err.toString(StandardCharsets.UTF_8))
                .isZero();
        out.reset();
        return ws;
    }

    private String overdueSection() {
        String printed = out.toString(StandardCharsets.UTF_8);
        return printed.substring(printed.indexOf("OVERDUE"), printed.indexOf("DUE THIS WEEK"));
    }

    @Test
    void monitorOnTheBeltShowsTheRoutineInspectionsOverdueAMonthAfterTheLastOne() {
        Path ws = sample("border-belt-monitoring");
        // last inspection 2025-03-04; laid minefields near people are inspected monthly (MineLedger default)
        assertThat(MineLedgerCommand.run("monitor", ws.toString(), "--date", "2025-04-20"))
                .isEqualTo(MonitorCommand.OVERDUE);
        assertThat(overdueSection()).contains("HA-0001", "HA-0002", "Inspection")
                .doesNotContain("(0)");
    }

    @Test
    void monitorOnTheBeltShowsTheDamagedSignAndTheOpenBreachButNotWhatWasRepaired() {
        Path ws = sample("border-belt-monitoring");
        assertThat(MineLedgerCommand.run("monitor", ws.toString(), "--date", "2025-03-20"))
                .isEqualTo(MonitorCommand.OVERDUE);
        assertThat(overdueSection()).contains("Repair or replace damaged sign S-015")
                .contains("Close 1 breach(es) in the fence or tape")
                .doesNotContain("Replace missing sign S-014").doesNotContain("Replace missing sign S-054");
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("TRAINING — FICTIONAL DATA");
    }

    @Test
    void monitorDatedBetweenTheMissedInspectionsAndTheNextShowsThemOverdueAndLaterInspectionsDoNotCount() {
        Path ws = sample("border-belt-monitoring");
        // as of 25 January: inspected last on 3 December, the January ones missed; nothing of February counts yet
        assertThat(MineLedgerCommand.run("monitor", ws.toString(), "--date", "2025-01-25"))
                .isEqualTo(MonitorCommand.OVERDUE);
        assertThat(overdueSection()).contains("Make up the inspection missed on 2025-01-07 (snow, track closed)")
                .contains("Make up the inspection missed on 2025-01-21")
                .doesNotContain("S-015").doesNotContain("S-014").doesNotContain("breach");
        out.reset();
        assertThat(MineLedgerCommand.run("monitor", ws.toString(), "--date", "2025-03-20"))
                .isEqualTo(MonitorCommand.OVERDUE);
        assertThat(overdueSection()).doesNotContain("Make up the inspection missed");
    }

    @Test
    void recordAccountingOnTheVillageBalancesWithTheDitchCancelledInFull() {
        Path ws = sample("village-survey");
        assertThat(MineLedgerCommand.run("record", "accounting", ws.toString()))
                .as(err.toString(StandardCharsets.UTF_8)).isZero();
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).doesNotContain("DOES NOT BALANCE");
        Matcher ditch = Pattern.compile("HA-0004 +original ([0-9.]+) m² = cancelled ([0-9.]+) .*remaining ([0-9.]+) m²")
                .matcher(printed);
        assertThat(ditch.find()).as(printed).isTrue();
        assertThat(Double.parseDouble(ditch.group(1))).isGreaterThan(100.0);
        assertThat(ditch.group(2)).isEqualTo(ditch.group(1));
        assertThat(Double.parseDouble(ditch.group(3))).isLessThan(1.0);
    }

    @Test
    void theLaidRecordOfTheProtectiveMinefieldIsCompliant() {
        Path ws = sample("laid-protective-minefield");
        int code = MineLedgerCommand.run("record", "compliance", ws.toString(), "MF-A-21");
        assertThat(code).as(out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8)).isZero();
    }

    @Test
    void theVillageDraftClearancePlanCanBeMadeOnceTheWalkthroughIsDone() {
        Path ws = sample("village-survey");
        try (Workspace w = Workspace.open(ws)) {
            ReferenceSolution.applyTo(w, new ReferenceSolution().areas("village-survey"));
        }
        // survey.json, clearancePlan: HA-0001 and HA-0006, 10 m boxes, manual teams, not before 2025-05-01
        assertThat(MineLedgerCommand.run("plan", ws.toString(), "--start", "2025-05-01", "--teams", "manual=2",
                "--box", "10", "--name", "Ivrelka draft")).as(err.toString(StandardCharsets.UTF_8)).isZero();
        try (Workspace w = Workspace.open(ws)) {
            PlanStore store = new PlanStore(w);
            // the draft stored at install comes first, the student's plan after it
            assertThat(store.plans()).extracting(PlanStore.PlanSummary::name)
                    .containsExactly("Ivrelka draft plan 2025 (TRAINING — FICTIONAL DATA)", "Ivrelka draft");
            Plan plan = store.plan(store.plans().get(1).id()).orElseThrow();
            assertThat(plan.assignments().stream().map(Assignment::task).map(t -> t.hazardReference()))
                    .contains("HA-0001", "HA-0006").doesNotContain("HA-0004");
            assertThat(plan.start()).isAfterOrEqualTo(java.time.LocalDate.parse("2025-05-01"));
            assertThat(w.check().ok()).as(w.check().problems().toString()).isTrue();
        }
    }
}
