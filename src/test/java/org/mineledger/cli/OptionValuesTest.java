package org.mineledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** How every command reads option values: enum words in any case, dates as YYYY-MM-DD with a plain message. */
class OptionValuesTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private Path sample(String name) {
        Path ws = dir.resolve(name + ".gpkg");
        assertThat(MineLedgerCommand.run("sample", name, ws.toString())).isZero();
        return ws;
    }

    /** The command line built with every subcommand, as for help or an unknown first word. */
    private static int runWithAllCommands(String... args) {
        return MineLedgerCommand.configured(new CommandLine(new MineLedgerCommand())).execute(args);
    }

    @Test
    void acceptsLowerCaseEnumWordsAsTheHelpWritesThem() {
        Path ws = sample("border-crossing");
        String[] args = {"mark", ws.toString(), "HA-0001", "--barrier", "wire", "--strands", "3", "--no-save"};
        assertThat(MineLedgerCommand.run(args)).as(console.err()).isZero();
        assertThat(runWithAllCommands(args)).as(console.err()).isZero();
    }

    @Test
    void saysHowToWriteADateWithoutJavaTextOrTheWholeUsage() {
        Path ws = sample("border-belt-monitoring");
        assertThat(MineLedgerCommand.run("monitor", ws.toString(), "--date", "20.03.2025"))
                .isEqualTo(MineLedgerCommand.USER_ERROR);
        assertThat(console.err()).contains("'20.03.2025' is not a date; write it as YYYY-MM-DD, e.g. 2025-03-20.")
                .contains("Run 'mineledger monitor --help'")
                .doesNotContain("java.").doesNotContain("LocalDate").doesNotContain("Usage:");
        console.resetErr();
        assertThat(runWithAllCommands("inspect", ws.toString(), "HA-0001", "--event", "flood", "--date", "04/05/2025"))
                .isEqualTo(MineLedgerCommand.USER_ERROR);
        assertThat(console.err()).contains("'04/05/2025' is not a date; write it as YYYY-MM-DD")
                .doesNotContain("java.").doesNotContain("Usage:");
        console.resetErr();
        assertThat(MineLedgerCommand.run("monitor-setup", ws.toString(), "HA-0001", "--from", "01.11.2026"))
                .isEqualTo(MineLedgerCommand.USER_ERROR);
        assertThat(console.err()).contains("e.g. 2026-11-01.").doesNotContain("java.");
    }

    @Test
    void aTraverseFileThatDoesNotExistIsAUserErrorSayingSo() {
        Path missing = dir.resolve("missing.txt");
        assertThat(Files.exists(missing)).isFalse();
        assertThat(MineLedgerCommand.run("traverse", missing.toString())).isEqualTo(MineLedgerCommand.USER_ERROR);
        assertThat(console.err()).contains("The traverse file " + missing + " does not exist");
    }
}
