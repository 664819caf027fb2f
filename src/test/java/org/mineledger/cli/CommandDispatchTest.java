package org.mineledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

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
}
