package org.mineledger.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.mineledger.map.HazardLayer;
import org.mineledger.model.evidence.SurveyEvidence;
import org.mineledger.store.SurveyEvidenceStore;
import org.mineledger.ui.edit.EditController;
import org.mineledger.ui.map.BackgroundLayer;
import org.mineledger.ui.map.MapView;
import org.mineledger.ui.marking.MarkingLauncher;
import org.mineledger.ui.monitoring.MonitoringLauncher;

/** The main window: menu, hazard table, map and details, bound to a {@link MainViewModel}. */
public final class MainView {
    private final MainViewModel model;
    private final BorderPane root = new BorderPane();
    private final MapView map = new MapView();
    private final HazardTable table;
    private final DetailsPane details;
    private final Menu recentMenu = new Menu(Messages.get("menu.file.recent"));
    private final SplitPane split;
    private final javafx.scene.Node mapPane;
    /** The editor shown in place of the details, or null. */
    private javafx.scene.Node editor;
    /** The walkthrough panel at the right, or null. */
    private javafx.scene.Node side;
    /** Whether the Layers panel was open before a walkthrough folded it. */
    private boolean layersWereOpen = true;
    /** The dividers of table, map and details, kept while the details step aside. */
    private double[] usualDividers = {0.35, 0.76};
    private EditController edit;
    private final MonitoringLauncher monitoring;
    private final MarkingLauncher marking;
    private final BackgroundLayer<List<SurveyEvidence>> evidence =
            new BackgroundLayer<>(map.evidenceProperty(), List.of(), "evidence");

    public MainView(MainViewModel model) {
        this.model = model;
        this.table = new HazardTable(model);
        this.details = new DetailsPane(model);
        this.monitoring = new MonitoringLauncher(model);
        this.marking = new MarkingLauncher(model, map);
        mapPane = org.mineledger.ui.map.LayersPanel.around(map);
        split = new SplitPane(table.node(), mapPane, details.node());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.35, 0.76);
        SplitPane.setResizableWithParent(table.node(), false);
        SplitPane.setResizableWithParent(details.node(), false);
        root.setCenter(split);
        root.setBottom(statusBar());
        root.setTop(new VBox(menuBar(), trainingBanner()));
        bindMap();
    }

    public Parent root() {
        return root;
    }

    /**
     * Shows the walkthrough panel at the right (null closes it). While it is open the map keeps most of the
     * width: the area details step aside and the Layers panel folds to its title, and both come back as they
     * were when it closes.
     */
    private void showSide(javafx.scene.Node panel) {
        javafx.scene.control.TitledPane layers = (javafx.scene.control.TitledPane) mapPane.lookup("#layersPanel");
        if (panel != null && side == null) {
            layersWereOpen = layers.isExpanded();
            layers.setExpanded(false);
        } else if (panel == null && side != null) {
            layers.setExpanded(layersWereOpen);
        }
        side = panel;
        root.setRight(panel);
        arrange();
    }

    /** The panes beside the map: the editor while one is open, else the details unless a walkthrough is. */
    private void arrange() {
        javafx.scene.Node third = editor != null ? editor : side != null ? null : details.node();
        List<javafx.scene.Node> want = third == null ? List.of(table.node(), mapPane)
                : List.of(table.node(), mapPane, third);
        if (split.getItems().equals(want)) {
            return;
        }
        if (split.getItems().size() == 3 && split.getItems().get(2) == details.node()) {
            usualDividers = split.getDividerPositions(); // as the user left them, for when the details return
        }
        split.getItems().setAll(want);
        // lay the window out at its new width first (a walkthrough panel came or went): the table and the details
        // keep their width in pixels when the split is resized, so dividers set before would move
        root.applyCss();
        root.layout();
        split.setDividerPositions(third == details.node() ? usualDividers.clone() : want.size() == 3
                ? new double[] {usualDividers[0], side != null ? 0.7 : usualDividers[1]} : new double[] {0.3});
    }

    public MapView map() {
        return map;
    }

    /** The Edit menu's controller (drawing, editing, traverse entry). */
    public EditController editor() {
        return edit;
    }

    private void bindMap() {
        model.allHazards().addListener((javafx.collections.ListChangeListener<Object>) c -> {
            map.hazardsProperty().set(new HazardLayer(model.allHazards()));
        });
        model.fileProperty().addListener((o, a, b) -> map.zoomToAll());
        model.openedProperty().addListener((o, a, b) -> loadEvidence());
        model.selectedProperty().addListener((o, a, b) -> {
            map.selectedIdProperty().set(b == null ? 0 : b.id());
            marking.showStored(b);
            if (b != null) {
                map.centreOn(b);
            }
        });
        model.selection().addListener((javafx.beans.InvalidationListener) o -> outlineSelection());
        model.selectedProperty().addListener(o -> outlineSelection());
        map.setOnAreaClicked(area -> model.select(area.id()));
        map.setOnAreaShortcutClicked(area -> model.toggle(area.id()));
        map.setEvidenceText(org.mineledger.ui.importer.EvidenceDeletion::hoverText);
        map.setOnEvidenceMenu((evidence, at) -> model.workspace().ifPresent(ws -> org.mineledger.ui.importer
                .EvidenceDeletion.menu(window(), evidence, new org.mineledger.store.SurveyEvidenceStore(ws),
                        this::evidenceChanged).show(map, at.getX(), at.getY())));
    }

    /** The areas selected besides the focused one are outlined dashed on the map. */
    private void outlineSelection() {
        var focus = model.selectedProperty().get();
        map.alsoSelectedProperty().set(model.selection().stream().map(org.mineledger.model.HazardArea::id)
                .filter(id -> focus == null || id != focus.id()).collect(java.util.stream.Collectors.toSet()));
    }

    private Region trainingBanner() {
        Label banner = new Label(Messages.get("banner.training"));
        banner.setId("trainingBanner");
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setStyle("-fx-background-color: #F4A718; -fx-text-fill: black; -fx-font-weight: bold;"
                + " -fx-alignment: center; -fx-padding: 3;");
        banner.visibleProperty().bind(model.trainingProperty());
        banner.managedProperty().bind(model.trainingProperty());
        return banner;
    }

    private Region statusBar() {
        Label count = new Label();
        count.textProperty().bind(Bindings.createStringBinding(() -> Messages.format("status.count",
                model.filteredHazards().size(), model.allHazards().size()), model.filteredHazards()));
        count.setMinWidth(Region.USE_PREF_SIZE);
        CoordinateBar coordinateBar = new CoordinateBar(map);
        HBox coordinates = coordinateBar.node();
        @SuppressWarnings("unchecked")
        ComboBox<String> system = (ComboBox<String>) coordinates.lookup("#displaySystem");
        edit = new EditController(model, map, system.valueProperty(), e -> {
            editor = e;
            arrange();
        });
        HBox.setHgrow(coordinates, Priority.ALWAYS);
        Label overdue = monitoring.overdueLabel();
        overdue.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(12, count, FocusedArea.selectionLabel(model), overdue, coordinates);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox status = new VBox(2, coordinateBar.errorLine(), bar);
        status.setPadding(new Insets(3, 8, 3, 8));
        return status;
    }

    private MenuBar menuBar() {
        MenuItem newItem = item("menu.file.new", "Shortcut+N", () -> chooseSave("dialog.new").ifPresent(
                p -> attempt(model::createNew, p)));
        MenuItem openItem = item("menu.file.open", "Shortcut+O", () -> chooseOpen().ifPresent(
                p -> attempt(model::open, p)));
        MenuItem saveAs = item("menu.file.saveAs", "Shortcut+Shift+S", () -> chooseSave("dialog.saveAs").ifPresent(
                p -> attempt(model::saveCopy, p)));
        saveAs.disableProperty().bind(model.fileProperty().isNull());
        MenuItem importItem = item("menu.file.import", "Shortcut+I", this::openImport);
        MenuItem exportItem = item("menu.file.export", "Shortcut+Shift+E", this::openExport);
        MenuItem evidenceItem = new MenuItem(Messages.get("evidence.menu"));
        evidenceItem.setOnAction(e -> openEvidenceImport());
        evidenceItem.disableProperty().bind(model.fileProperty().isNull());
        MenuItem evidenceList = new MenuItem(Messages.get("evidence.list.menu"));
        evidenceList.setOnAction(e -> model.workspace().ifPresent(ws -> new org.mineledger.ui.importer
                .EvidenceListDialog(window(), new org.mineledger.store.SurveyEvidenceStore(ws), map::goTo,
                        this::evidenceChanged).show()));
        evidenceList.disableProperty().bind(model.fileProperty().isNull());
        importItem.disableProperty().bind(model.fileProperty().isNull());
        exportItem.disableProperty().bind(model.fileProperty().isNull());
        MenuItem quit = item("menu.file.quit", "Shortcut+Q", () -> window().hide());
        Menu file = new Menu(Messages.get("menu.file"), null, newItem, openItem, recentMenu, saveAs,
                new SeparatorMenuItem(), importItem, evidenceItem, evidenceList, exportItem, new SeparatorMenuItem(), quit);
        file.setOnShowing(e -> fillRecent());
        Menu view = new ViewMenu(map).menu();
        MenuItem planner = item("menu.plan.open", "Shortcut+P", () -> model.workspace().ifPresentOrElse(
                ws -> new org.mineledger.ui.plan.PlannerView(org.mineledger.ui.plan.PlannerViewModel.forSelected(ws,
                        model.selectedProperty().get()), window()).stage().show(),
                () -> new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.INFORMATION,
                        Messages.get("plan.noWorkspace")).show()));
        Menu training = new org.mineledger.ui.training.TrainingMenu(model, this::showSide,
                e -> ErrorDialog.show(window(), e)).menu();
        MenuBar bar = new MenuBar(file, edit.menu(), view,
                new org.mineledger.ui.records.RecordsMenu(model, this::window).menu(),
                new Menu(Messages.get("menu.plan"), null, planner,
                        marking.menuItem(this::window)),
                monitoring.menu(this::window), training);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private void openImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("dialog.import"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("dialog.import.filter"),
                "*.geojson", "*.json", "*.kml", "*.kmz", "*.shp", "*.gpkg", "*.gpx", "*.csv"));
        File f = chooser.showOpenDialog(window());
        model.workspace().ifPresent(ws -> {
            if (f != null) {
                new org.mineledger.ui.importer.ImportDialog(window(),
                        new org.mineledger.ui.importer.ImportViewModel(ws, f.toPath()), model::reload)
                        .withBaseMaps(map.baseMapsProperty().get()).show();
            }
        });
    }

    private void openEvidenceImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("evidence.menu"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("GPX, CSV", "*.gpx", "*.csv"));
        File f = chooser.showOpenDialog(window());
        model.workspace().filter(ws -> f != null).ifPresent(ws -> new org.mineledger.ui.importer.EvidenceImportDialog(
                window(), new org.mineledger.ui.importer.EvidenceImportViewModel(ws, f.toPath()),
                this::evidenceChanged).show());
    }

    private void evidenceChanged() {
        model.reload();
        loadEvidence();
    }

    /**
     * Survey evidence changes only on opening a workspace and on importing or deleting evidence: read it then,
     * in the background.
     */
    private void loadEvidence() {
        model.workspace().ifPresentOrElse(ws -> evidence.load(() -> new SurveyEvidenceStore(ws).all()),
                () -> evidence.show(List.of()));
    }

    /**
     * Opens File › Export once the workspace's survey evidence is read, afresh (another program, a team's command
     * line import, may have added some) and off the UI thread (a national workspace holds a lot of it).
     */
    private void openExport() {
        model.workspace().ifPresent(ws -> {
            javafx.concurrent.Task<List<SurveyEvidence>> read = new javafx.concurrent.Task<>() {
                @Override
                protected List<SurveyEvidence> call() {
                    return new SurveyEvidenceStore(ws).all();
                }
            };
            root.getScene().setCursor(javafx.scene.Cursor.WAIT);
            read.setOnSucceeded(e -> {
                root.getScene().setCursor(null);
                new org.mineledger.ui.importer.ExportDialog(window(),
                        new org.mineledger.ui.importer.ExportViewModel(model.allHazards(), model.filteredHazards(),
                                model.selection(), read.getValue(), ws.file().toAbsolutePath().getParent(),
                                ws.trainingBanner(), ws.sampleId())).show();
            });
            read.setOnFailed(e -> {
                root.getScene().setCursor(null);
                ErrorDialog.show(window(), read.getException() instanceof RuntimeException r ? r
                        : new IllegalStateException(String.valueOf(read.getException().getMessage()),
                                read.getException()));
            });
            Thread t = new Thread(read, "mineledger-export-evidence");
            t.setDaemon(true);
            t.start();
        });
    }

    private void fillRecent() {
        recentMenu.getItems().clear();
        for (Path p : model.recentFiles()) {
            MenuItem mi = new MenuItem(p.toString());
            mi.setMnemonicParsing(false);
            mi.setOnAction(e -> attempt(model::open, p));
            recentMenu.getItems().add(mi);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    private static MenuItem item(String key, String accelerator, Runnable action) {
        MenuItem mi = new MenuItem(Messages.get(key));
        mi.setAccelerator(KeyCombination.keyCombination(accelerator));
        mi.setOnAction(e -> action.run());
        return mi;
    }

    /** Runs a workspace action and shows its failure to the user instead of a stack trace. */
    private void attempt(Consumer<Path> action, Path path) {
        try {
            action.accept(path);
        } catch (RuntimeException e) {
            ErrorDialog.show(window(), e);
        }
    }

    private java.util.Optional<Path> chooseOpen() {
        FileChooser chooser = chooser("dialog.open");
        File f = chooser.showOpenDialog(window());
        return java.util.Optional.ofNullable(f).map(File::toPath);
    }

    private java.util.Optional<Path> chooseSave(String titleKey) {
        FileChooser chooser = chooser(titleKey);
        File f = chooser.showSaveDialog(window());
        if (f == null) {
            return java.util.Optional.empty();
        }
        String name = f.getName().toLowerCase(java.util.Locale.ROOT);
        return java.util.Optional.of(name.endsWith(".gpkg") ? f.toPath() : Path.of(f.getPath() + ".gpkg"));
    }

    private FileChooser chooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get(titleKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("dialog.filter"), "*.gpkg"));
        Path current = model.fileProperty().get();
        if (current != null && current.toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
        }
        return chooser;
    }

    private Window window() {
        return root.getScene().getWindow();
    }

    /** Shows the message of a failed action; a deminer sees what went wrong and what to do. */
    static final class ErrorDialog {
        private ErrorDialog() {
        }

        static void show(Window owner, RuntimeException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR);
            alert.initOwner(owner);
            alert.setTitle(Messages.get("error.title"));
            alert.setHeaderText(Messages.get("error.header"));
            alert.setContentText(e.getMessage());
            alert.showAndWait();
        }
    }
}
