package org.mineledger.ui.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
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
public final class EvidenceImportViewModel extends PreviewViewModel<EvidencePreview> {
    private final EvidenceImport session;
    private final List<String> hazards;
    private final ObjectProperty<String> hazard = new SimpleObjectProperty<>();
    private final ObservableList<SurveyEvidence> drafts = FXCollections.observableArrayList();

    public EvidenceImportViewModel(Workspace workspace, Path file) {
        this(new EvidenceImport(workspace, file), workspace, file);
    }

    private EvidenceImportViewModel(EvidenceImport session, Workspace workspace, Path file) {
        super(file, session::commit);
        this.session = session;
        this.hazards = workspace.hazards().stream().map(a -> a.reference().value()).toList();
    }

    /** Reads and previews the file for the chosen hazard area; blocking, for a background task. */
    @Override
    public EvidencePreview read() {
        String ref = hazard.get();
        return session.preview(ImportOptions.defaults(), ref == null ? null : new HazardReference(ref));
    }

    @Override
    public void show(EvidencePreview p) {
        List<ImportViewModel.Row> out = new ArrayList<>();
        for (EvidenceCandidate c : p.candidates()) {
            out.add(new ImportViewModel.Row(c.source().location(), c.source().id(), c.ready()
                    ? Messages.format("evidence.ready", Messages.get(c.draft().isPoint() ? "evidence.point"
                            : "evidence.line"), c.draft().name())
                    : String.join(" ", c.problems()), c.ready()));
        }
        drafts.setAll(p.ready().stream().map(EvidenceCandidate::draft).toList());
        long points = drafts.stream().filter(SurveyEvidence::isPoint).count();
        display(p, out, Messages.format("evidence.summary", p.layer().file(), points, drafts.size() - points,
                p.withProblems().size()));
    }

    /** The references of the workspace's hazard areas, for the choice of the evidence's area. */
    public List<String> hazardChoices() {
        return hazards;
    }

    /** The hazard area the evidence belongs to, null for none. */
    public ObjectProperty<String> hazardProperty() {
        return hazard;
    }

    /** The features that would be stored, for the map preview. */
    public ObservableList<SurveyEvidence> drafts() {
        return drafts;
    }
}
