package org.mineledger.ui.records;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.VBox;
import org.mineledger.model.survey.SurveyType;
import org.mineledger.store.AuditEntry;
import org.mineledger.store.SurveyStore;
import org.mineledger.ui.Messages;

/**
 * The humanitarian records of one hazard area in tabs: survey visits, explosive ordnance finds, land release
 * (with the accounting live) and the audit history. Every field has a mnemonic and Tab order; Enter saves.
 */
public final class HazardRecordsForm {
    private final TabPane root = new TabPane();

    public HazardRecordsForm(SurveyStore store, SurveyVisitFormModel survey, OrdnanceFindFormModel find,
            LandReleaseFormModel release) {
        Tab visits = saving(tab("records.hazard.surveyTab", "surveyTab", survey(survey)));
        Tab finds = saving(tab("records.hazard.findTab", "findTab", find(find)));
        Tab releases = saving(tab("records.hazard.releaseTab", "releaseTab", new LandReleaseForm(release).root()));
        ListView<String> history = new ListView<>();
        history.setId("hazardHistory");
        Tab log = tab("records.hazard.historyTab", "historyTab", new VBox(6,
                new Label(Messages.format("records.hazard.history", survey.hazard().reference())), history));
        log.setOnSelectionChanged(e -> {
            if (log.isSelected()) {
                List<AuditEntry> entries = store.history(survey.hazard().id());
                history.setItems(FXCollections.observableArrayList(entries.stream()
                        .map(org.mineledger.ui.AuditWording::line).toList()));
            }
        });
        root.getTabs().addAll(visits, finds, releases, log);
        root.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    }

    public Parent root() {
        return root;
    }

    private static Tab tab(String key, String id, Node content) {
        Tab t = new Tab(Messages.get(key), content);
        t.setId(id);
        return t;
    }

    private static Node survey(SurveyVisitFormModel m) {
        FieldGrid g = new FieldGrid(m.errors, true);
        g.section("records.survey.title");
        ChoiceBox<SurveyType> type = new ChoiceBox<>(FXCollections.observableArrayList(SurveyType.values()));
        type.setId("surveyType");
        type.setConverter(org.mineledger.ui.EnumLabels.converter(SurveyType.class));
        type.valueProperty().bindBidirectional(m.type);
        g.add("records.survey.type", type, null);
        g.text("records.survey.date", "surveyDate", m.date, "date");
        g.text("records.survey.team", "surveyTeam", m.team, "team");
        g.text("records.survey.method", "surveyMethod", m.method, "method");
        g.area("records.survey.evidence", "surveyEvidence", m.evidence, null);
        g.area("records.survey.informants", "surveyInformants", m.informants, "informants");
        Button save = saveButton("saveSurvey", m::save);
        ListView<String> list = new ListView<>();
        list.setId("surveyVisits");
        list.setPrefHeight(140);
        Runnable refresh = () -> list.getItems().setAll(m.visits.stream().map(v -> v.date() + "  " + v.type()
                + "  " + v.team() + " — " + v.method() + (v.evidence().isEmpty() ? "" : "; " + v.evidence()))
                .toList());
        m.visits.addListener((javafx.collections.ListChangeListener<Object>) c -> refresh.run());
        refresh.run();
        return page(g, save, "records.survey.list", list);
    }

    private static Node find(OrdnanceFindFormModel m) {
        FieldGrid g = new FieldGrid(m.errors, true);
        g.section("records.find.title");
        g.text("records.find.position", "findPosition", m.position, "position");
        Label read = new Label();
        read.setId("findPositionRead");
        read.textProperty().bind(m.positionRead);
        g.wide(read);
        g.text("records.find.date", "findDate", m.date, "date");
        g.text("records.find.typeModel", "findTypeModel", m.typeModel, "typeModel");
        ComboBox<String> fuze = new ComboBox<>(FXCollections.observableArrayList("armed", "unarmed", "unknown",
                "damaged"));
        fuze.setId("findFuze");
        fuze.setEditable(true);
        fuze.valueProperty().bindBidirectional(m.fuzeState);
        g.add("records.find.fuze", fuze, null);
        g.text("records.find.depth", "findDepth", m.depthCm, "depth");
        g.text("records.find.action", "findAction", m.actionTaken, null);
        Button save = saveButton("saveFind", m::save);
        ListView<String> list = new ListView<>();
        list.setId("finds");
        list.setPrefHeight(140);
        Runnable refresh = () -> list.getItems().setAll(m.finds.stream().map(f -> f.date() + "  " + f.typeModel()
                + ", fuze " + f.fuzeState() + ", " + f.depthCm() + " cm, " + f.actionTaken() + "  @ "
                + org.mineledger.geo.CoordinateSystem.LATLON.format(f.position(), org.mineledger.geo.Precision.METRE))
                .toList());
        m.finds.addListener((javafx.collections.ListChangeListener<Object>) c -> refresh.run());
        refresh.run();
        return page(g, save, "records.find.list", list);
    }

    private static Button saveButton(String id, java.util.function.BooleanSupplier save) {
        Button b = new Button(Messages.get("records.hazard.save"));
        b.setId(id);
        b.getStyleClass().add("records-save");
        b.setMnemonicParsing(true);
        b.setOnAction(e -> save.getAsBoolean());
        return b;
    }

    /** Enter saves the page of the selected tab (a text area keeps Enter for a new line). */
    private static Tab saving(Tab tab) {
        Button save = (Button) tab.getContent().lookup(".records-save");
        save.defaultButtonProperty().bind(tab.selectedProperty());
        return tab;
    }

    private static Node page(FieldGrid g, Button save, String listKey, ListView<String> list) {
        VBox page = new VBox(8, g.node(), save, new Label(Messages.get(listKey)), list);
        page.setPadding(new Insets(10));
        return page;
    }
}
