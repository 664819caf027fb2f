package org.mineledger.ui.records;

import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableMap;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.mineledger.ui.Messages;

/** A two-column form: label, field, and under the field the error for it. Tab moves from field to field. */
final class FieldGrid {
    private final GridPane grid = new GridPane();
    private final ObservableMap<String, String> errors;
    private final boolean mnemonics;
    /** Each field that has an error line, by its error key, in the order of the form. */
    private final java.util.Map<String, Node> faultable = new java.util.LinkedHashMap<>();
    private final java.util.Map<String, String> labels = new java.util.HashMap<>();
    private int row;

    FieldGrid(ObservableMap<String, String> errors) {
        this(errors, false);
    }

    /** @param mnemonics true when labels carry a mnemonic ({@code _Team}): Alt+T then focuses the field */
    FieldGrid(ObservableMap<String, String> errors, boolean mnemonics) {
        this.errors = errors;
        this.mnemonics = mnemonics;
        grid.setHgap(8);
        grid.setVgap(2);
        ColumnConstraints labels = new ColumnConstraints(240);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
    }

    /** A text field with its label above it in a sub-grid of small fields (label at {@code row}, field under it). */
    static TextField field(GridPane sub, String key, String id, int col, int row) {
        TextField f = new TextField();
        f.setId(id);
        Label l = new Label(Messages.get(key));
        l.setLabelFor(f);
        sub.add(l, col, row);
        sub.add(f, col, row + 1);
        return f;
    }

    GridPane node() {
        return grid;
    }

    void section(String key) {
        Label l = new Label(Messages.get(key));
        l.setStyle("-fx-font-weight: bold; -fx-padding: 8 0 2 0;");
        grid.add(l, 0, row++, 2, 1);
    }

    TextField text(String key, String id, StringProperty value, String errorKey) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        add(key, f, errorKey);
        return f;
    }

    TextArea area(String key, String id, StringProperty value, String errorKey) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setPrefRowCount(4);
        a.textProperty().bindBidirectional(value);
        // Tab leaves the area, as in every other field (keyboard-only entry); Enter still starts a new line.
        // TextArea moves focus on Ctrl+Tab, so a plain Tab is passed on as that.
        a.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                a.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true, false,
                        false));
            }
        });
        add(key, a, errorKey);
        return a;
    }

    /**
     * The first field of the form (top to bottom) whose value has an error, with its label and the error; empty
     * when none has.
     */
    java.util.Optional<Fault> firstFault() {
        return faultable.entrySet().stream().filter(e -> errors.containsKey(e.getKey())).findFirst()
                .map(e -> new Fault(e.getValue(), labels.get(e.getKey()), errors.get(e.getKey())));
    }

    /** A field whose value is wrong: where it is, what it is called and what is wrong with it. */
    record Fault(Node field, String label, String message) {
    }

    /** A node across both columns, e.g. a sub-form. */
    void wide(Node node) {
        grid.add(node, 0, row++, 2, 1);
    }

    void add(String key, Node field, String errorKey) {
        Label label = new Label(Messages.get(key));
        label.setMnemonicParsing(mnemonics);
        label.setLabelFor(field);
        label.setWrapText(true);
        grid.add(label, 0, row);
        grid.add(field, 1, row++);
        if (errorKey != null) {
            faultable.put(errorKey, field);
            labels.put(errorKey, label.getText().replace("_", ""));
            Label error = new Label();
            error.setId(errorKey + "Error");
            error.setWrapText(true);
            error.setStyle("-fx-text-fill: #b00000;");
            error.textProperty().bind(Bindings.createStringBinding(() -> errors.getOrDefault(errorKey, ""), errors));
            error.managedProperty().bind(error.textProperty().isNotEmpty());
            error.visibleProperty().bind(error.textProperty().isNotEmpty());
            grid.add(error, 1, row++);
        }
    }
}
