package org.mineledger.ui.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineledger.model.RecordStatus;
import org.mineledger.model.laid.LaidMinefieldRevision;
import org.mineledger.store.LaidMinefieldStore;
import org.mineledger.store.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Enters a laid-minefield record by traverse with the keyboard in the real form, then signs it off. */
class LaidMinefieldFormTest {
    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private Workspace ws;
    private LaidMinefieldStore store;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void form() throws TimeoutException {
        ws = Workspace.create(dir.resolve("form.gpkg"));
        store = new LaidMinefieldStore(ws);
        FxToolkit.setupStage(stage -> {
            LaidMinefieldForm form = new LaidMinefieldForm(new LaidMinefieldFormModel(store), e -> {
                throw e;
            });
            stage.setScene(new Scene(form.root(), 1400, 950));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
        ws.close();
    }

    @Test
    void choicesAreShownInWordsNotAsCodeNames() {
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : new String[] {"type", "rowCategory"}) {
            javafx.scene.control.ChoiceBox<?> box = robot.lookup("#" + id).queryAs(javafx.scene.control.ChoiceBox.class);
            robot.interact(() -> box.getSelectionModel().select(0));
            Label shown = (Label) box.lookup(".label");
            assertThat(shown.getText()).as(id).isIn("Protective", "AP (anti-personnel)");
        }
    }

    @Test
    void anIncompleteRecordIsNotCheckedAndSaveSaysWhatIsWrongAndGoesToIt() {
        javafx.scene.control.ListView<?> findings = robot.lookup("#findings").queryListView();
        assertThat(((Label) findings.getPlaceholder()).getText()).as("an empty record is not 'No findings'")
                .startsWith("Not checked yet");
        type("number", "MF-QA-1");

        press("save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#saveError").queryLabeled().getText())
                .startsWith("Not saved: 1 field needs attention (in red above). First: Landmark position")
                .contains("The coordinate is empty");
        assertThat(robot.lookup("#landmarkPositionError").queryLabeled().getText()).isNotEmpty();
        javafx.scene.Node focused = robot.lookup("#save").query().getScene().getFocusOwner();
        assertThat(focused.getId()).as("the cursor is in the first field at fault").isNotEqualTo("save");
        assertThat(robot.lookup("#saveError").queryLabeled().getText()).contains(errorOf(focused.getId()));
        assertThat(store.latest("MF-QA-1")).isEmpty();
        assertThat(((Label) findings.getPlaceholder()).getText()).startsWith("Not checked yet");
    }

    private String errorOf(String fieldId) {
        return robot.lookup("#" + fieldId + "Error").tryQuery().map(n -> ((Label) n).getText()).orElse("?");
    }

    /** Focuses a field as Tab would (it may lie below the visible part of the scrolled form) and types. */
    private void type(String id, String text) {
        focus(id);
        robot.write(text, 0);
    }

    private void focus(String id) {
        javafx.scene.Node n = robot.lookup("#" + id).query();
        robot.interact(n::requestFocus);
    }

    /** Presses a button from the keyboard: focus, then Space. */
    private void press(String id) {
        focus(id);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void recordEnteredByTraverseIsSavedSubmittedAndSignedOff() {
        type("number", "MF-0901");
        type("unit", "4 Engr Coy (fictional)");
        robot.type(KeyCode.TAB).write("Bde order 3/26");             // Tab moves on to the authority
        type("officer", "Lt E. Example");
        type("started", "2026-03-02 06:00");
        type("completed", "2026-03-02 12:00");
        type("landmark", "Bridge abutment, west end (fictional)");
        type("landmarkPosition", "35VLG3270517552");          // MGRS, as read off the map
        type("landmarkToRp", "90 100");
        type("rpToTp1", "0 20");
        type("perimeter", "90 100\n180 100\n270 100\n0 100");
        type("rowStrip", "A");
        type("rowStart", "picket A1");
        type("rowEnd", "picket A2");
        type("rowLegs", "90 80");
        type("rowModel", "TM-62M");
        type("rowCount", "24");
        type("rowSpacing", "4");
        type("rowFuze", "pressure");
        press("addRow");
        type("laidBy", "Sgt F. Example");
        type("verifiedBy", "Capt G. Example");
        press("save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(label("#recordStatus")).contains("MF-0901 rev 1").contains("Draft");
        LaidMinefieldRevision saved = store.latest("MF-0901").orElseThrow();
        assertThat(saved.record().identity().authority()).isEqualTo("Bde order 3/26");
        assertThat(saved.record().totals().at()).isEqualTo(24);
        assertThat(saved.record().traverse().turningPoints()).hasSize(4);
        assertThat(saved.record().traverse().closure().gap().metres()).isLessThan(0.5);

        press("submit");
        focus("signOff");
        robot.type(KeyCode.SPACE);                                   // opens the sign-off dialog
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#signerName").write("Maj H. Example").type(KeyCode.TAB).write("OC 4 Engr Coy").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        LaidMinefieldRevision signed = store.latest("MF-0901").orElseThrow();
        assertThat(signed.status()).isEqualTo(RecordStatus.SIGNED_OFF);
        assertThat(signed.signOff().role()).isEqualTo("OC 4 Engr Coy");
        assertThat(label("#recordStatus")).contains("Signed off");
        assertThat(ws.check().problems()).isEmpty();
    }

    @Test
    void wrongFieldsAreShownUnderTheFieldAndNothingIsStored() {
        type("number", "MF-0902");
        type("started", "yesterday");
        type("landmarkPosition", "somewhere north");
        type("perimeter", "90 100\n180 x");
        press("save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label("#startedError")).contains("2026-03-02 06:00");
        assertThat(label("#landmarkPositionError")).isNotEmpty();
        assertThat(label("#perimeterError")).contains("Perimeter leg 2").contains("not two numbers");
        assertThat(store.latest()).isEmpty();
    }

    @Test
    void magneticBearingsInMilsAndALaneAreEnteredByKeyboardAndStored() {
        type("number", "MF-0903");
        type("landmark", "Bridge abutment, west end (fictional)");
        type("landmarkPosition", "35VLG3270517552");
        focus("angleUnit");
        robot.type(KeyCode.DOWN);                                    // degrees → NATO mils
        focus("north");
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN);                 // true → grid → magnetic
        WaitForAsyncUtils.waitForFxEvents();
        type("laidDeclination", "6.25");
        type("laidDeclinationDate", "2026-01-15");
        robot.type(KeyCode.ENTER);
        type("landmarkToRp", "1600 100");
        type("perimeter", "1600 100\n3200 100\n4800 100\n0 100");
        type("rowStrip", "A");
        type("rowLegs", "1600 80");
        type("rowModel", "TM-62M");
        type("rowCount", "24");
        type("rowSpacing", "4");
        press("addRow");
        type("laneLabel", "Lane 1");
        type("laneWidth", "8");
        type("laneFromRp", "0 30");
        type("laneCourse", "1600 80");
        robot.type(KeyCode.ENTER);                                   // Enter adds the lane
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#lanes").queryListView().getItems()).hasSize(1);
        press("save");
        WaitForAsyncUtils.waitForFxEvents();

        LaidMinefieldRevision saved = store.latest("MF-0903").orElseThrow();
        assertThat(saved.record().north().declination().degreesEast()).isEqualTo(6.25);
        assertThat(saved.record().north().declination().date()).hasToString("2026-01-15");
        assertThat(saved.record().perimeter().get(0).bearing()).hasToString("1600 mil magnetic");
        assertThat(saved.record().lanesAndGaps()).singleElement().satisfies(l -> {
            assertThat(l.label()).isEqualTo("Lane 1");
            assertThat(l.marked()).isTrue();
            assertThat(l.course().bearing().north()).hasToString("MAGNETIC");
        });
    }

    private String label(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
