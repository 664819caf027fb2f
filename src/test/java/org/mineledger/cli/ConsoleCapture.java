package org.mineledger.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Captures what a command prints on stdout and stderr during each test (UTF-8) and puts the real streams back
 * afterwards; register with {@code @RegisterExtension final ConsoleCapture console = new ConsoleCapture();}.
 */
final class ConsoleCapture implements BeforeEachCallback, AfterEachCallback {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;

    @Override
    public void beforeEach(ExtensionContext context) {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    /** Everything printed on stdout since the test started or {@link #resetOut} was last called. */
    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Everything printed on stderr since the test started or {@link #resetErr} was last called. */
    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** Forgets what was printed on stdout so far, to look only at the next command's output. */
    void resetOut() {
        out.reset();
    }

    /** Forgets what was printed on stderr so far. */
    void resetErr() {
        err.reset();
    }
}
