package org.mineledger.ui.edit;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.mineledger.geo.CoordinateSystem;
import org.mineledger.model.HazardArea;
import org.mineledger.model.survey.AreaAccounting;
import org.mineledger.store.SurveyStore;
import org.mineledger.store.UnreleasedLand;
import org.mineledger.store.Workspace;
import org.mineledger.ui.MainViewModel;
import org.mineledger.ui.Messages;
import org.mineledger.ui.map.MapView;

/**
 * The Edit menu and what it starts: drawing a new hazard area, editing a stored boundary, traverse entry,
 * saving (one transaction, one audit row) and cancelling, undo and redo.
 */
public final class EditController {
    private final MainViewModel main;
    private final MapView map;
    private final ObservableValue<String> systemId;
    private final Consumer<Node> showEditor;
    private final PolygonEditModel model = new PolygonEditModel();
    private final PolygonEditTool tool;
    private final EditorPane pane;
    private final Menu menu;
    /** True while the user is asked whether to leave an edit for another area. */
    private boolean asking;

    /**
     * @param systemId   the display coordinate system chosen in the status bar (e.g. {@code latlon}, {@code mgrs})
     * @param showEditor shows the editor panel beside the map, or restores the normal panel when given null
     */
    public EditController(MainViewModel main, MapView map, ObservableValue<String> systemId, Consumer<Node> showEditor) {
        this.main = main;
        this.map = map;
        this.systemId = systemId;
        this.showEditor = showEditor;
        this.tool = new PolygonEditTool(model, this::cancel);
        this.pane = new EditorPane(model, systemId, new EditorPane.Actions(this::save, this::cancel,
                model::showFix, model::acceptFix, map::goTo));
        this.menu = buildMenu();
        model.corners().addListener((javafx.collections.ListChangeListener<Object>) c -> map.repaint());
        model.activeRingProperty().addListener((o, a, b) -> map.repaint());
        model.problems().addListener((javafx.collections.ListChangeListener<Object>) c -> map.repaint());
        model.selectedProperty().addListener((o, a, b) -> map.repaint());
        model.fixPreviewProperty().addListener((o, a, b) -> map.repaint());
        model.modeProperty().addListener((o, a, b) -> modeChanged(b));
        main.fileProperty().addListener((o, a, b) -> model.cancel());
        main.selectedProperty().addListener((o, before, now) -> selectionMoved(before, now));
    }

    public Menu menu() {
        return menu;
    }

    /** The editor's state, for tests and tools. */
    public PolygonEditModel model() {
        return model;
    }

    /** Asks name and kind, then lets the user draw the new area on the map. */
    public void newArea() {
        Optional<Workspace> ws = main.workspace();
        if (ws.isEmpty() || !confirmDiscard()) {
            return;
        }
        NewAreaDialog.ask(window(), ws.get().nextReference()).ifPresent(details -> {
            model.startNew(details, PolygonEditModel.neighboursOf(main.allHazards(), 0));
            pane.setTitle(Messages.format("edit.title.new", details.reference().value(), details.name()));
            open(0);
        });
    }

    /** Edits the boundary of the selected area. */
    public void editSelected() {
        HazardArea a = main.selectedProperty().get();
        if (a == null || !confirmDiscard()) {
            return;
        }
        model.startEditing(a, PolygonEditModel.neighboursOf(main.allHazards(), a.id()));
        pane.setTitle(Messages.format("edit.title.edit", a.reference().value(), a.name()));
        open(a.id());
    }

    /** Changes the name, kind, status or notes of the selected area (one transaction, one audit row). */
    public void editDetails() {
        HazardArea a = main.selectedProperty().get();
        Optional<Workspace> ws = main.workspace();
        if (a == null || ws.isEmpty()) {
            return;
        }
        AreaDetailsDialog.ask(window(), a, java.time.Instant.now()).filter(changed -> releaseConfirmed(ws.get(), a,
                changed)).ifPresent(changed -> {
            try {
                HazardArea saved = ws.get().update(changed);
                main.reload();
                main.select(saved.id());
            } catch (org.mineledger.store.WorkspaceException | IllegalArgumentException e) {
                alert(Alert.AlertType.ERROR, e.getMessage());
            }
        });
    }

    /**
     * Whether the user still wants {@code changed}: a status that releases the land (cancelled, cleared, handed
     * over) while the land-release records leave part of it unreleased is asked about first, naming what is left.
     */
    private boolean releaseConfirmed(Workspace ws, HazardArea before, HazardArea changed) {
        if (before.status().isReleased() || !changed.status().isReleased()) {
            return true;
        }
        AreaAccounting accounting = new SurveyStore(ws).accounting(before.id());
        if (accounting.remainingM2() < UnreleasedLand.MIN_REMAINING_M2) {
            return true;
        }
        return yesNo(Messages.format("edit.details.release", before.reference().value(), changed.status().label(),
                Math.round(accounting.remainingM2()), Math.round(accounting.originalM2())), "releaseConfirm",
                Messages.get("edit.details.title"));
    }

    /** Opens traverse entry; its result becomes the corners of the polygon being drawn or edited. */
    public void enterTraverse() {
        if (model.modeProperty().get() == PolygonEditModel.Mode.IDLE) {
            newArea();
            if (model.modeProperty().get() == PolygonEditModel.Mode.IDLE) {
                return;
            }
        }
        TraverseDialog.show(window(), CoordinateSystem.of(systemId.getValue())).ifPresent(corners -> {
            model.replaceCorners(corners);
            // the polygon just entered may lie anywhere: show it
            org.locationtech.jts.geom.Envelope env = new org.locationtech.jts.geom.Envelope();
            corners.forEach(p -> env.expandToInclude(p.lon(), p.lat()));
            map.show(env);
        });
    }

    /** Saves the edited boundary; a faulty one is refused with its problems and a make-valid preview. */
    public void save() {
        Optional<Workspace> ws = main.workspace();
        if (ws.isEmpty() || model.modeProperty().get() == PolygonEditModel.Mode.IDLE) {
            return;
        }
        PolygonEditModel.Mode mode = model.modeProperty().get();
        if ((mode == PolygonEditModel.Mode.DRAWING || mode == PolygonEditModel.Mode.DRAWING_HOLE) && !model.finishDrawing()) {
            return;
        }
        try {
            HazardArea saved = model.save(ws.get());
            main.reload();
            main.select(saved.id());
        } catch (BoundaryNotSavableException e) {
            model.showFix();
            alert(Alert.AlertType.WARNING, e.getMessage());
        } catch (IllegalArgumentException | IllegalStateException e) {
            alert(Alert.AlertType.ERROR, e.getMessage());
        }
    }

    /** Leaves the editor, asking first when there are changes. */
    public void cancel() {
        if (confirmDiscard()) {
            model.cancel();
        }
    }

    private void open(long selectedId) {
        VertexSnapper snapper = new VertexSnapper(main.allHazards().stream().filter(h -> h.id() != selectedId)
                .map(HazardArea::polygon).toList());
        tool.setSnapper(snapper);
        map.toolProperty().set(tool);
        showEditor.accept(pane.node());
        map.requestFocus();
    }

    private void modeChanged(PolygonEditModel.Mode mode) {
        if (mode == PolygonEditModel.Mode.IDLE) {
            map.toolProperty().set(null);
            showEditor.accept(null);
        }
        map.repaint();
    }

    private boolean confirmDiscard() {
        if (model.modeProperty().get() == PolygonEditModel.Mode.IDLE || !model.canUndoProperty().get()) {
            return true;
        }
        return askDiscard(Messages.get("edit.discard"));
    }

    /**
     * Another area was selected (in the table) while a boundary is drawn or edited. With nothing changed yet the
     * editor closes and the new area is shown; with changes the user is asked first (No is the default), and No
     * keeps the edit and selects its area again, so that Save never writes an area other than the one shown.
     */
    private void selectionMoved(HazardArea before, HazardArea now) {
        HazardArea editing = model.target();
        if (asking || now == null || model.modeProperty().get() == PolygonEditModel.Mode.IDLE
                || editing != null && editing.id() == now.id()) {
            return;
        }
        if (!model.canUndoProperty().get()) {
            model.cancel();
            return;
        }
        asking = true;
        javafx.application.Platform.runLater(() -> {
            try {
                String edited = editing != null ? editing.reference().value()
                        : model.newAreaDetails().reference().value();
                if (askDiscard(Messages.format(editing != null ? "edit.discard.select" : "edit.discard.selectNew",
                        edited, now.reference().value()))) {
                    model.cancel();
                } else {
                    main.select(editing != null ? editing.id() : before == null ? 0 : before.id());
                }
            } finally {
                asking = false;
            }
        });
    }

    private boolean askDiscard(String question) {
        return yesNo(question, "discardConfirm", null);
    }

    /**
     * Asks {@code question} with Yes and No, No the default (Enter keeps what is there); true for Yes.
     *
     * @param id    the dialog pane's id, for tests
     * @param title the window title, or null for the default one
     */
    private boolean yesNo(String question, String id, String title) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.YES, ButtonType.NO);
        a.initOwner(window());
        if (title != null) {
            a.setTitle(title);
        }
        a.setHeaderText(null);
        a.getDialogPane().setId(id);
        ((javafx.scene.control.Button) a.getDialogPane().lookupButton(ButtonType.YES)).setDefaultButton(false);
        ((javafx.scene.control.Button) a.getDialogPane().lookupButton(ButtonType.NO)).setDefaultButton(true);
        return a.showAndWait().filter(b -> b == ButtonType.YES).isPresent();
    }

    private Menu buildMenu() {
        MenuItem newArea = item("edit.menu.new", null, this::newArea);
        newArea.disableProperty().bind(main.fileProperty().isNull());
        MenuItem edit = item("edit.menu.edit", "Shortcut+E", this::editSelected);
        edit.disableProperty().bind(main.selectedProperty().isNull());
        MenuItem details = item("edit.details.menu", "Shortcut+D", this::editDetails);
        details.setId("editAreaDetails");
        details.disableProperty().bind(main.selectedProperty().isNull());
        org.mineledger.ui.FocusedArea.nameIn(edit, main);
        org.mineledger.ui.FocusedArea.nameIn(details, main);
        MenuItem traverse = item("edit.menu.traverse", "Shortcut+T", this::enterTraverse);
        traverse.disableProperty().bind(main.fileProperty().isNull());
        var idle = model.modeProperty().isEqualTo(PolygonEditModel.Mode.IDLE);
        MenuItem save = item("edit.menu.save", "Shortcut+S", this::save);
        save.disableProperty().bind(idle);
        MenuItem cancel = item("edit.menu.cancel", null, this::cancel);
        cancel.disableProperty().bind(idle);
        MenuItem undo = item("edit.menu.undo", "Shortcut+Z", model::undo);
        undo.disableProperty().bind(model.canUndoProperty().not());
        MenuItem redo = item("edit.menu.redo", "Shortcut+Y", model::redo);
        redo.disableProperty().bind(model.canRedoProperty().not());
        MenuItem fix = item("edit.menu.fix", null, model::showFix);
        fix.disableProperty().bind(idle);
        Menu m = new Menu(Messages.get("edit.menu"), null, newArea, edit, details, traverse, new SeparatorMenuItem(), undo, redo,
                new SeparatorMenuItem(), fix, save, cancel);
        m.setId("editMenu");
        return m;
    }

    private static MenuItem item(String key, String accelerator, Runnable action) {
        MenuItem mi = new MenuItem(Messages.get(key));
        if (accelerator != null) {
            mi.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        mi.setOnAction(e -> action.run());
        return mi;
    }

    private void alert(Alert.AlertType type, String text) {
        Alert a = new Alert(type, text, ButtonType.OK);
        a.initOwner(window());
        a.setTitle(Messages.get("edit.menu"));
        a.setHeaderText(Messages.get("edit.save.failed"));
        a.showAndWait();
    }

    private Window window() {
        return map.getScene() == null ? null : map.getScene().getWindow();
    }
}
