package org.mineledger.ui.importer;

import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** What the tests of the import dialogs share: TestFX's stage as the dialogs' owner, and no dialog left open. */
abstract class DialogTest {
    protected static Stage owner;
    protected final FxRobot robot = new FxRobot();

    @BeforeAll
    static void toolkit() throws TimeoutException {
        owner = FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeDialogs() throws TimeoutException {
        FxToolkit.cleanupStages();
    }
}
