package org.mineledger.ui.monitoring;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.mineledger.ui.MainViewModel;
import org.mineledger.ui.Messages;

/** Hooks the monitoring dashboard into the main window: a menu and the overdue count in the status bar. */
public final class MonitoringLauncher {
    private final MainViewModel main;
    private final MonitoringViewModel model;
    private Stage stage;

    public MonitoringLauncher(MainViewModel main) {
        this.main = main;
        this.model = new MonitoringViewModel(main::workspace);
        main.fileProperty().addListener((o, a, b) -> model.refresh());
        main.allHazards().addListener((javafx.collections.ListChangeListener<Object>) c -> model.refresh());
        model.refresh();
    }

    public MonitoringViewModel model() {
        return model;
    }

    /** The status-bar label: "n overdue", in red when there are any. */
    public Label overdueLabel() {
        Label label = new Label();
        label.setId("overdueCount");
        label.textProperty().bind(model.overdueCountProperty().asString(Messages.get("monitoring.status.overdue")));
        label.styleProperty().bind(javafx.beans.binding.Bindings.when(model.overdueCountProperty().greaterThan(0))
                .then("-fx-text-fill: #C00000; -fx-font-weight: bold;").otherwise(""));
        return label;
    }

    /** The Monitoring menu with "Overdue dashboard…". */
    public Menu menu(java.util.function.Supplier<Window> owner) {
        MenuItem open = new MenuItem(Messages.get("monitoring.menu.dashboard"));
        open.setId("openMonitoring");
        open.disableProperty().bind(main.fileProperty().isNull());
        open.setOnAction(e -> show(owner.get()));
        return new Menu(Messages.get("monitoring.menu"), null, open);
    }

    /** Opens (or brings forward) the dashboard window. */
    public void show(Window owner) {
        model.refresh();
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
            stage.setTitle(Messages.get("monitoring.title"));
            stage.setScene(new Scene(new MonitoringView(model).root()));
        }
        stage.show();
        stage.toFront();
    }
}
