package org.mineledger.cli;

import java.io.PrintWriter;

/** A one-line progress bar on a terminal; silent when the output is not a terminal (scripts, logs). */
final class Progress {
    private static final int WIDTH = 30;

    private Progress() {
    }

    static void show(PrintWriter err, String what, long done, long total) {
        if (System.console() == null || total <= 0) {
            return;
        }
        int filled = (int) (WIDTH * done / total);
        err.printf("\r%s [%s%s] %3d%%", what, "#".repeat(filled), " ".repeat(WIDTH - filled), 100 * done / total);
        if (done >= total) {
            err.println();
        }
        err.flush();
    }
}
