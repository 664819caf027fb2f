package org.mineledger.ui.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineledger.model.HazardArea;
import org.mineledger.model.survey.OrdnanceFind;
import org.mineledger.model.survey.SurveyActivity;
import org.mineledger.model.survey.SurveyType;
import org.mineledger.store.SurveyStore;
import org.mineledger.store.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Survey visits and finds entered in the real window with the keyboard only: mnemonics, Tab, Enter. */
class HazardRecordsFormTest {
    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private Workspace ws;
    private SurveyStore store;
    private HazardArea hazard;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void form() throws TimeoutException {
        ws = Workspace.create(dir.resolve("hazard.gpkg"));
        store = new SurveyStore(ws);
        hazard = SurveyAndFindFormModelTest.hazard(ws);
        FxToolkit.setupStage(stage -> {
            HazardRecordsForm form = new HazardRecordsForm(store, new SurveyVisitFormModel(store, hazard),
                    new OrdnanceFindFormModel(store, hazard), new LandReleaseFormModel(store, hazard));
            stage.setScene(new Scene(form.root(), 1000, 800));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
        ws.close();
    }

    private void mnemonic(KeyCode key) {
        robot.press(KeyCode.ALT).type(key).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String focusedId() {
        Node n = robot.lookup("#surveyTab").query().getScene().getFocusOwner();
        return n == null ? null : n.getId();
    }

    /** Replaces the text of the focused field: select all, then type. */
    private void replace(String text) {
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(text, 0);
    }

    @Test
    void findIsEnteredByKeyboardOnlyWithAnMgrsCoordinate() {
        robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);   // to the finds tab
        WaitForAsyncUtils.waitForFxEvents();
        mnemonic(KeyCode.P);                                                      // Alt+P: Position
        assertThat(focusedId()).isEqualTo("findPosition");
        robot.write("35VLG3277455246", 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#findPositionRead").queryAs(Label.class).getText()).contains("MGRS 35VLG3277455246");
        robot.type(KeyCode.TAB);
        assertThat(focusedId()).isEqualTo("findDate");
        replace("2026-04-11");
        robot.type(KeyCode.TAB).write("AP blast mine PMN-2", 0);
        robot.type(KeyCode.TAB);
        replace("armed");
        robot.type(KeyCode.TAB);
        assertThat(focusedId()).isEqualTo("findDepth");
        robot.write("800", 0).type(KeyCode.ENTER);                                // Enter saves: refused, 8 m
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#depthError").queryAs(Label.class).getText()).contains("Did you type metres?");
        assertThat(store.finds(hazard.id())).isEmpty();
        mnemonic(KeyCode.H);                                                      // Alt+H: Dept_h
        assertThat(focusedId()).isEqualTo("findDepth");
        replace("8");
        robot.type(KeyCode.TAB).write("destroyed in situ", 0).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        OrdnanceFind f = store.finds(hazard.id()).get(0);
        assertThat(f.typeModel()).isEqualTo("AP blast mine PMN-2");
        assertThat(f.fuzeState()).isEqualTo("armed");
        assertThat(f.depthCm()).isEqualTo(8);
        assertThat(f.actionTaken()).isEqualTo("destroyed in situ");
        assertThat(f.date()).hasToString("2026-04-11");
        // echo 35VLG3277455246 | GeoConvert -p 6 → 60.00039599855 24.00120779232
        assertThat(f.position().lat()).isCloseTo(60.00039599855, within(1e-5));
        assertThat(f.position().lon()).isCloseTo(24.00120779232, within(2e-5));
        assertThat(ws.check().problems()).isEmpty();
    }

    @Test
    void surveyVisitIsEnteredByKeyboardAndShownInTheHistory() {
        mnemonic(KeyCode.D);                                                      // Alt+D: Date
        assertThat(focusedId()).isEqualTo("surveyDate");
        replace("2026-04-02");
        robot.type(KeyCode.TAB).write("NTS team 2", 0);
        robot.type(KeyCode.TAB).write("community interviews", 0);
        robot.type(KeyCode.TAB).write("farmer saw a tripwire", 0);
        robot.type(KeyCode.TAB).write("village head", 0).type(KeyCode.ENTER).write("farmer", 0);
        mnemonic(KeyCode.S);                                                      // Alt+S: Save
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(store.surveys(hazard.id())).singleElement().isEqualTo(new SurveyActivity(SurveyType.NTS,
                java.time.LocalDate.parse("2026-04-02"), "NTS team 2", "community interviews",
                "farmer saw a tripwire", java.util.List.of("village head", "farmer")));
        for (int i = 0; i < 3; i++) {
            robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#hazardHistory").queryListView().getItems()).singleElement().asString()
                .endsWith("Survey visit 1 recorded").doesNotContain("CREATE", "survey_activity");
    }
}
