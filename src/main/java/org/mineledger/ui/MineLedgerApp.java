package org.mineledger.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.mineledger.io.basemap.BaseMapReader;
import org.mineledger.io.sample.SampleInstaller;
import org.mineledger.store.DataFolder;

/**
 * The JavaFX application. With {@code --workspace=FILE} it opens that file; otherwise it opens the user's
 * copy of the bundled sample scenario, making the copy on first start (the shipped sample is never changed).
 */
public class MineLedgerApp extends Application {
    /** The sample opened on first start. */
    public static final String FIRST_SAMPLE = "border-crossing";
    private MainViewModel model;

    public static void launchApp(String[] args) {
        Application.launch(MineLedgerApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Path dataFolder = DataFolder.ensureExists();
        model = new MainViewModel(new RecentFiles(dataFolder.resolve("recent.txt")));
        MainView view = new MainView(model);
        BaseMapReader maps = new BaseMapReader();
        view.map().baseMapsProperty().set(maps.ids().stream().map(maps::load).toList());
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(view.root(), Math.min(1400, screen.getWidth()), Math.min(860, screen.getHeight()));
        stage.setScene(scene);
        stage.titleProperty().bind(model.titleProperty());
        stage.show();
        try {
            model.open(startupWorkspace());
        } catch (RuntimeException e) {
            MainView.ErrorDialog.show(stage, e);
        }
    }

    @Override
    public void stop() {
        if (model != null) {
            model.close();
        }
    }

    private Path startupWorkspace() {
        String named = getParameters().getNamed().get("workspace");
        if (named != null) {
            return Path.of(named);
        }
        Path copy = DataFolder.sampleWorkspace(FIRST_SAMPLE);
        if (!Files.exists(copy)) {
            SampleInstaller.install(FIRST_SAMPLE, copy);
        }
        return copy;
    }
}
