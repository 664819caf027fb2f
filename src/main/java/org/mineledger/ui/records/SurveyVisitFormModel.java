package org.mineledger.ui.records;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.mineledger.model.HazardArea;
import org.mineledger.model.survey.SurveyActivity;
import org.mineledger.model.survey.SurveyType;
import org.mineledger.store.SurveyStore;

/** State of the survey-visit form (NTS or TS) of one hazard area: fields as typed, an error per field. No Nodes. */
public final class SurveyVisitFormModel {
    public final ObjectProperty<SurveyType> type = new SimpleObjectProperty<>(SurveyType.NTS);
    public final StringProperty date = new SimpleStringProperty(LocalDate.now().toString());
    public final StringProperty team = new SimpleStringProperty("");
    public final StringProperty method = new SimpleStringProperty("");
    public final StringProperty evidence = new SimpleStringProperty("");
    /** Who was interviewed, one per line (or separated by ';'). */
    public final StringProperty informants = new SimpleStringProperty("");
    public final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    /** The visits stored for the hazard area, oldest first. */
    public final ObservableList<SurveyActivity> visits = FXCollections.observableArrayList();

    private final SurveyStore store;
    private final HazardArea hazard;

    public SurveyVisitFormModel(SurveyStore store, HazardArea hazard) {
        this.store = store;
        this.hazard = hazard;
        visits.setAll(store.surveys(hazard.id()));
    }

    /** Stores the visit (one transaction with its audit entry); false with {@link #errors} when a field is wrong. */
    public boolean save() {
        errors.clear();
        LocalDate d = TypedDate.parse(date.get(), errors);
        if (team.get().isBlank()) {
            errors.put("team", "Enter the survey team (name or number), e.g. NTS team 2.");
        }
        if (method.get().isBlank()) {
            errors.put("method", type.get() == SurveyType.NTS ? "Enter the method, e.g. community interviews, "
                    + "site walk from the road." : "Enter the method, e.g. detector-supported TS in 1 m lanes.");
        }
        if (type.get() == SurveyType.NTS && informants.get().isBlank()) {
            errors.put("informants", "A non-technical survey rests on informants (IMAS 08.10): enter who was "
                    + "interviewed, one per line (a role is enough, e.g. village head).");
        }
        if (!errors.isEmpty()) {
            return false;
        }
        store.addSurvey(hazard.id(), new SurveyActivity(type.get(), d, team.get(), method.get(), evidence.get(),
                informantList()));
        visits.setAll(store.surveys(hazard.id()));
        evidence.set("");
        informants.set("");
        return true;
    }

    private List<String> informantList() {
        return Arrays.stream(informants.get().split("[\\n;]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public HazardArea hazard() {
        return hazard;
    }
}
