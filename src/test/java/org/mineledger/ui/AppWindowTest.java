package org.mineledger.ui;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * A test that drives the real MineLedger window: started before each test as a user starts it, with its data
 * folder in a temporary {@link #home} made for the test class, and closed after it ({@link AppWindowFixture}).
 */
public abstract class AppWindowTest {
    @TempDir
    protected static Path home;
    @RegisterExtension
    protected static final AppWindowFixture WINDOW = new AppWindowFixture(() -> home);
    protected final FxRobot robot = new FxRobot();
}
