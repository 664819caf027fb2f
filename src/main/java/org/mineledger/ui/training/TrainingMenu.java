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
        menu.getItems().add(start);
    }

    public Menu menu() {
        return menu;
    }

    private void choose() {
        try {
            List<WalkthroughViewModel.Choice> choices = model.choices();
            ChoiceDialog<WalkthroughViewModel.Choice> dialog = new ChoiceDialog<>(choices.get(0), choices);
            dialog.setTitle(Messages.get("training.choose.title"));
            dialog.setHeaderText(Messages.get("training.choose.header"));
            dialog.setContentText(Messages.get("training.choose.label"));
            dialog.getDialogPane().setId("trainingChooser");
            dialog.showAndWait().ifPresent(c -> {
                model.start(c.id());
                showSide.accept(panel.node());
            });
        } catch (RuntimeException e) {
            onError.accept(e);
        }
    }
}
