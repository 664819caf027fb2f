package org.mineledger.ui;

import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.application.Application;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the real MineLedger window before each test, as a user starts it, with its data folder in a temporary
 * home, and closes it afterwards. Window tests extend {@link AppWindowTest}, which registers it.
 */
public final class AppWindowFixture implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback {
    private final Supplier<Path> home;
    private Application app;

    /** @param home the data folder, read once JUnit has made the class's temporary directory */
    public AppWindowFixture(Supplier<Path> home) {
        this.home = home;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        System.setProperty("mineledger.home", home.get().toString());
        FxToolkit.registerPrimaryStage();
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        app = FxToolkit.setupApplication(MineLedgerApp.class);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }
}
