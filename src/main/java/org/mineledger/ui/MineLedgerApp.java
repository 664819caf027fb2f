package org.mineledger.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application. */
public class MineLedgerApp extends Application {

    public static void launchApp(String[] args) {
        Application.launch(MineLedgerApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Label("MineLedger"), 800, 600));
        stage.setTitle("MineLedger");
        stage.show();
    }
}
