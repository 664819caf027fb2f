package org.mineledger.ui.training;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.stage.PopupWindow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What a student does with the mouse in the walkthrough tests, and what the walkthrough panel shows them. */
final class StudentRobot {
    private final FxRobot robot;

    StudentRobot(FxRobot robot) {
        this.robot = robot;
    }

    /** Opens a combo box by clicking it and clicks the item with this text in its drop-down list. */
    void pick(String combo, String item) {
        robot.clickOn(combo);
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = robot.lookup(n -> n instanceof ListCell<?> c && item.equals(c.getText()) && c.getScene() != null
                && c.getScene().getWindow() instanceof PopupWindow).query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks the OK button of the dialog whose pane has this id. */
    void ok(String dialogId) {
        robot.clickOn(robot.lookup(dialogId + " .button").<Button>match(b -> "OK".equals(((Button) b).getText()))
                .queryButton());
        WaitForAsyncUtils.waitForFxEvents();
    }

    String progress() {
        return robot.lookup("#walkthroughProgress").queryAs(Label.class).getText();
    }

    String details() {
        return robot.lookup("#walkthroughDetails").queryAs(TextArea.class).getText();
    }

    @SuppressWarnings("unchecked")
    ListView<StepRow> steps() {
        return robot.lookup("#walkthroughSteps").queryAs(ListView.class);
    }
}
