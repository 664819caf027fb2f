package org.mineledger;

import org.mineledger.cli.MineLedgerCommand;
import org.mineledger.store.SqliteLibrary;
import org.mineledger.ui.MineLedgerApp;

/**
 * Entry point of the jar: no arguments opens the window, arguments run a CLI command.
 * It does not extend {@code Application}, so {@code java -jar} works with JavaFX on the class path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        SqliteLibrary.useKeptCopy();
        if (args.length == 0) {
            MineLedgerApp.launchApp(args);
        } else {
            System.exit(MineLedgerCommand.run(args));
        }
    }
}
