package org.mineledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import picocli.CommandLine;

/**
 * A command line naming one subcommand gets a CLI with only that subcommand; what it prints and returns must be
 * what the CLI with all subcommands gives.
 */
class CommandDispatchTest {
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @Test
    void subcommandUsageStillNamesTheProgramAndErrorsStillExitTwo() {
        int code = MineLedgerCommand.run("import");

        assertThat(code).isEqualTo(MineLedgerCommand.USER_ERROR);
        assertThat(console.err()).contains("Missing required parameters: 'WORKSPACE', 'FILE'")
                .contains("Usage: mineledger import");
    }

    @Test
    void helpAndUnknownCommandsStillSeeEverySubcommand() {
        assertThat(MineLedgerCommand.run("help")).isZero();
        assertThat(console.out()).contains("import").contains("export").contains("check").contains("convert");

        assertThat(MineLedgerCommand.run("imprt", "a.gpkg")).isEqualTo(MineLedgerCommand.USER_ERROR);
        assertThat(console.err()).contains("imprt");
    }

    @Test
    void versionOptionOfTheTopCommandStillWorks() {
        assertThat(MineLedgerCommand.run("--version")).isZero();
        assertThat(console.out()).contains("MineLedger");
    }

    @Test
    void everyCommandAtAnyDepthAnswersHelpWithItsUsage() {
        List<List<String>> paths = new ArrayList<>();
        commands(new CommandLine(new MineLedgerCommand()), new ArrayList<>(), paths);
        assertThat(paths).hasSizeGreaterThan(30);

        for (List<String> path : paths) {
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            console.resetOut();
            int code = MineLedgerCommand.run(args.toArray(String[]::new));
            assertThat(code).as("exit code of %s", args).isZero();
            assertThat(console.out()).as("output of %s", args).contains("Usage: mineledger " + String.join(" ", path));
        }
    }

    /** The name path of every subcommand below {@code cli} (help excepted), depth first. */
    private static void commands(CommandLine cli, List<String> path, List<List<String>> out) {
        cli.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help") && sub.getCommandName().equals(name)) {
                List<String> p = new ArrayList<>(path);
                p.add(name);
                out.add(p);
                commands(sub, p, out);
            }
        });
    }
}
