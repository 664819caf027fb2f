package org.mineledger.ui.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mineledger.io.evidence.EvidenceCandidate;
import org.mineledger.io.evidence.EvidenceImport;
import org.mineledger.io.evidence.EvidencePreview;
import org.mineledger.io.importer.ImportOptions;
import org.mineledger.model.HazardReference;
import org.mineledger.model.evidence.SurveyEvidence;
import org.mineledger.store.Workspace;
import org.mineledger.ui.Messages;

/**
 * State of the survey evidence import: the hazard area the evidence belongs to, the preview rows with their
 * problems, the features for the map. No Nodes; {@link #read} and {@link #commit} run in the view's Task.
 */
public final class EvidenceImportViewModel {
    private final EvidenceImport session;
    private final Path file;
    private final List<String> hazards;
    private final ObjectProperty<String> hazard = new SimpleObjectProperty<>();
    private final BooleanProperty skipProblems = new SimpleBooleanProperty(false);
    private final BooleanProperty canImport = new SimpleBooleanProperty(false);
    private final StringProperty summary = new SimpleStringProperty("");
    private final ObservableList<ImportViewModel.Row> rows = FXCollections.observableArrayList();
    private final ObservableList<SurveyEvidence> drafts = FXCollections.observableArrayList();
    private EvidencePreview preview;

    public EvidenceImportViewModel(Workspace workspace, Path file) {
        this.session = new EvidenceImport(workspace, file);
        this.file = file;
        this.hazards = workspace.hazards().stream().map(a -> a.reference().value()).toList();
        skipProblems.addListener((o, a, b) -> updateCanImport());
    }

    /** Reads and previews the file for the chosen hazard area; blocking, for a background task. */
    public EvidencePreview read() {
        String ref = hazard.get();
        return session.preview(ImportOptions.defaults(), ref == null ? null : new HazardReference(ref));
    }

    /** Shows a preview made by {@link #read}; call on the FX thread. */
    public void show(EvidencePreview p) {
        preview = p;
        List<ImportViewModel.Row> out = new ArrayList<>();
        p.layer().fileProblems().forEach(x -> out.add(new ImportViewModel.Row(Messages.get("import.wholeFile"), "",
                x, false)));
        for (EvidenceCandidate c : p.candidates()) {
            out.add(new ImportViewModel.Row(c.source().location(), c.source().id(), c.ready()
                    ? Messages.format("evidence.ready", Messages.get(c.draft().isPoint() ? "evidence.point"
                            : "evidence.line"), c.draft().name())
                    : String.join(" ", c.problems()), c.ready()));
        }
        rows.setAll(out);
        drafts.setAll(p.ready().stream().map(EvidenceCandidate::draft).toList());
        long points = drafts.stream().filter(SurveyEvidence::isPoint).count();
        summary.set(Messages.format("evidence.summary", p.layer().file(), points, drafts.size() - points,
                p.withProblems().size()));
        updateCanImport();
    }

    /** Stores the previewed evidence in one transaction; blocking, for a background task. */
    public int commit(IntConsumer progress) {
        if (preview == null) {
            throw new IllegalStateException(Messages.get("import.noPreview"));
        }
        return session.commit(preview, skipProblems.get(), progress).size();
    }

    public int readyCount() {
        return preview == null ? 0 : preview.ready().size();
    }

    public Path file() {
        return file;
    }

    /** The references of the workspace's hazard areas, for the choice of the evidence's area. */
    public List<String> hazardChoices() {
        return hazards;
    }

    /** The hazard area the evidence belongs to, null for none. */
    public ObjectProperty<String> hazardProperty() {
        return hazard;
    }

    public BooleanProperty skipProblemsProperty() {
        return skipProblems;
    }

    public BooleanProperty canImportProperty() {
        return canImport;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public ObservableList<ImportViewModel.Row> rows() {
        return rows;
    }

    /** The features that would be stored, for the map preview. */
    public ObservableList<SurveyEvidence> drafts() {
        return drafts;
    }

    private void updateCanImport() {
        canImport.set(preview != null && preview.canImport(skipProblems.get()));
    }
}
