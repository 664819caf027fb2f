package org.mineledger.ui.training;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import org.mineledger.io.sample.WalkthroughCopy;
import org.mineledger.io.sample.WalkthroughReader;
import org.mineledger.ui.MainViewModel;
import org.mineledger.ui.Messages;

/** The Training menu: Start walkthrough… asks for a scenario and shows the walkthrough panel beside the map. */
public final class TrainingMenu {
    private final Menu menu = new Menu(Messages.get("training.menu"));
    private final WalkthroughViewModel model;
    private final WalkthroughPanel panel;
    private final Consumer<Node> showSide;
    private final Consumer<RuntimeException> onError;

    /**
     * @param showSide puts a node beside the map (null removes it)
     * @param onError  shows a failure to the user
     */
    public TrainingMenu(MainViewModel main, Consumer<Node> showSide, Consumer<RuntimeException> onError) {
        this.model = new WalkthroughViewModel(main, new WalkthroughReader(), new WalkthroughCopy());
        this.showSide = showSide;
        this.onError = onError;
        this.panel = new WalkthroughPanel(model, () -> showSide.accept(null));
        MenuItem start = new MenuItem(Messages.get("training.start"));
        start.setId("trainingStart");
        start.setOnAction(e -> choose());
        MenuItem pack = new MenuItem(Messages.get("training.pack"));
        pack.setId("trainingPack");
        pack.setOnAction(e -> writePack());
        menu.getItems().addAll(start, pack);
    }

    public Menu menu() {
        return menu;
    }

    private void choose() {
        try {
            chooseScenario("training.choose.header").ifPresent(c -> {
                model.start(c.id());
                showSide.accept(panel.node());
            });
        } catch (RuntimeException e) {
            onError.accept(e);
        }
    }

    private java.util.Optional<WalkthroughViewModel.Choice> chooseScenario(String headerKey) {
        List<WalkthroughViewModel.Choice> choices = model.choices();
        if (choices.isEmpty()) {
            throw new IllegalStateException(Messages.get("training.error.none"));
        }
        ChoiceDialog<WalkthroughViewModel.Choice> dialog = new ChoiceDialog<>(choices.get(0), choices);
        dialog.setTitle(Messages.get("training.choose.title"));
        dialog.setHeaderText(Messages.get(headerKey));
        dialog.setContentText(Messages.get("training.choose.label"));
        dialog.getDialogPane().setId("trainingChooser");
        return dialog.showAndWait();
    }

    /** Training › Write exercise pack…: scenario, folder, then the two PDFs in the background. */
    private void writePack() {
        try {
            var choice = chooseScenario("training.pack.header");
            if (choice.isEmpty()) {
                return;
            }
            javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
            chooser.setTitle(Messages.get("training.pack.folder"));
            java.io.File folder = chooser.showDialog(menu.getParentPopup() == null ? null
                    : menu.getParentPopup().getOwnerWindow());
            if (folder != null) {
                new PackProgress(new ExercisePackTask(choice.get().id(), folder.toPath()), onError).start();
            }
        } catch (RuntimeException e) {
            onError.accept(e);
        }
    }
}
