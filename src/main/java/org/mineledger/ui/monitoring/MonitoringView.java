package org.mineledger.ui.monitoring;

import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.mineledger.model.HazardReference;
import org.mineledger.plan.monitoring.ScheduledItem;
import org.mineledger.ui.Messages;

/** The overdue dashboard: overdue (red), due this week and upcoming, filterable by area and team, with the log form. */
public final class MonitoringView {
    private final BorderPane root = new BorderPane();

    public MonitoringView(MonitoringViewModel model) {
        ComboBox<HazardReference> area = new ComboBox<>(model.areas());
        area.setId("monitoringAreaFilter");
        area.setPromptText(Messages.get("monitoring.filter.area"));
        area.valueProperty().bindBidirectional(model.areaFilterProperty());
        ComboBox<String> team = new ComboBox<>(model.teams());
        team.setId("monitoringTeamFilter");
        team.setPromptText(Messages.get("monitoring.filter.team"));
        team.valueProperty().bindBidirectional(model.teamFilterProperty());
        Button clear = new Button(Messages.get("monitoring.filter.clear"));
        clear.setOnAction(e -> {
            area.setValue(null);
            team.setValue(null);
        });
        Label today = new Label();
        today.textProperty().bind(model.todayProperty().asString(Messages.get("monitoring.today")));
        HBox filters = new HBox(8, today, area, team, clear);
        filters.setPadding(new Insets(6));
        VBox lists = new VBox(4,
                section("monitoring.overdue", "overdueList", model.overdue(), true),
                section("monitoring.thisWeek", "thisWeekList", model.thisWeek(), false),
                section("monitoring.upcoming", "upcomingList", model.upcoming(), false));
        lists.setPadding(new Insets(6));
        Label message = new Label();
        message.setId("monitoringMessage");
        message.textProperty().bind(model.messageProperty());
        message.setPadding(new Insets(4, 8, 4, 8));
        root.setTop(filters);
        root.setCenter(lists);
        root.setRight(new InspectionForm(model).node());
        root.setBottom(message);
        root.setPrefSize(1100, 700);
    }

    public Parent root() {
        return root;
    }

    private static VBox section(String titleKey, String id, ObservableList<ScheduledItem> items, boolean red) {
        Label title = new Label();
        title.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> Messages.format(titleKey, items.size()), items));
        title.setStyle("-fx-font-weight: bold;" + (red ? " -fx-text-fill: #C00000;" : ""));
        ListView<ScheduledItem> list = new ListView<>(items);
        list.setId(id);
        list.setCellFactory(v -> new ListCell<>() {
            {
                // a long line wraps in the list's width instead of running off to the right
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(ScheduledItem i, boolean empty) {
                super.updateItem(i, empty);
                setText(empty || i == null ? null : line(i));
                setStyle(red && !empty ? "-fx-text-fill: #C00000;" : "");
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = new VBox(2, title, list);
        VBox.setVgrow(box, Priority.ALWAYS);
        return box;
    }

    /** One item as a line a team leader reads: date, area, team, what, why. */
    static String line(ScheduledItem i) {
        return i.due() + "   " + i.area() + "   " + (i.team().isEmpty() ? "—" : i.team()) + "   "
                + i.kind().label() + ": " + i.title() + "   (" + i.reason() + ")";
    }
}
