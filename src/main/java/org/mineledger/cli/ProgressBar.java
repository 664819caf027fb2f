package org.mineledger.cli;

import java.io.PrintWriter;
import java.util.function.IntConsumer;

/** A text progress bar on stderr, drawn only when the CLI runs on a terminal. */
final class ProgressBar implements IntConsumer {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final String label;
    private final int total;
    private final boolean terminal;
    private int lastPercent = -1;

    ProgressBar(PrintWriter err, String label, int total) {
        this.err = err;
        this.label = label;
        this.total = Math.max(total, 1);
        this.terminal = System.console() != null;
    }

    @Override
    public void accept(int done) {
        int percent = (int) (100L * done / total);
        if (!terminal || percent == lastPercent) {
            return;
        }
        lastPercent = percent;
        int filled = WIDTH * percent / 100;
        err.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + percent + "% ("
                + done + "/" + total + ")");
        if (done >= total) {
            err.println();
        }
        err.flush();
    }
}
