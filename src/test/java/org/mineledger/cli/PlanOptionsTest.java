package org.mineledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** plan checks every option and the output file before it stores anything. */
class PlanOptionsTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private int plan(Path ws, String... options) {
        List<String> args = new ArrayList<>(List.of("plan", ws.toString(), "--start", "2027-04-05"));
        args.addAll(List.of(options));
        return MineLedgerCommand.run(args.toArray(String[]::new));
    }

    @Test
    void aRefusedPlanStoresNothingWhateverTheOutput() throws Exception {
        Path ws = dir.resolve("bc.gpkg");
        assertThat(MineLedgerCommand.run("sample", "border-crossing", ws.toString())).isZero();
        String before = MonitorSetupCommandTest.sha256(ws);
        String pdf = dir.resolve("f.pdf").toString();
        String json = dir.resolve("f.json").toString();
        List<List<String>> refused = List.of(List.of("--box", "0", "--out", pdf),
                List.of("--out", dir.resolve("no-such-folder/p.pdf").toString()),
                List.of("--lanes", "0@90", "--out", pdf), List.of("--lanes", "1@400", "--out", pdf),
                List.of("--grid", "foo", "--out", pdf), List.of("--box", "-5", "--out", json),
                List.of("--lanes", "abc", "--out", json), List.of("--grid", "foo", "--out", json),
                List.of("--box", "0"), List.of("--teams", "manual=0"), List.of("--teams", "manual=0,mdd=0"));
        for (List<String> options : refused) {
            console.resetErr();
            assertThat(plan(ws, options.toArray(String[]::new))).as("%s", options)
                    .isEqualTo(MineLedgerCommand.USER_ERROR);
            assertThat(console.err()).as("%s", options).isNotBlank();
            assertThat(MonitorSetupCommandTest.sha256(ws)).as("workspace after %s", options).isEqualTo(before);
        }
        assertThat(console.out()).doesNotContain("Saved as plan");
        assertThat(dir.resolve("f.pdf")).doesNotExist();
        assertThat(dir.resolve("f.json")).doesNotExist();
    }

    @Test
    void refusesAnOutputThatIsNeitherPdfNorJson() throws Exception {
        Path ws = dir.resolve("bc.gpkg");
        assertThat(MineLedgerCommand.run("sample", "border-crossing", ws.toString())).isZero();
        String before = MonitorSetupCommandTest.sha256(ws);
        assertThat(plan(ws, "--out", dir.resolve("p.txt").toString())).isEqualTo(MineLedgerCommand.USER_ERROR);
        assertThat(console.err()).contains("p.txt").contains(".pdf").contains(".json");
        assertThat(dir.resolve("p.txt")).doesNotExist();
        assertThat(MonitorSetupCommandTest.sha256(ws)).isEqualTo(before);
        assertThat(plan(ws, "--teams", "manual=0")).isEqualTo(MineLedgerCommand.USER_ERROR);
        assertThat(console.err()).contains("at least one team");
        assertThat(Files.exists(dir.resolve("p.txt"))).isFalse();
    }
}
