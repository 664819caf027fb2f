package org.mineledger.ui.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mineledger.io.importer.FeaturePreview;
import org.mineledger.ui.Messages;

/**
 * What the hazard-area and the survey-evidence import dialogs share: the file, the preview shown with its rows and
 * summary, "skip features with problems", whether Import may go ahead, and the import itself. No Nodes; {@link
 * #read} and {@link #commit} run in the view's Task ({@link ImportTasks}).
 *
 * @param <P> the preview of the file
 */
public abstract class PreviewViewModel<P extends FeaturePreview> {
    /** Stores a preview's features in one transaction; answers what was stored. */
    protected interface Store<P> {
        List<?> commit(P preview, boolean skipProblems, IntConsumer progress);
    }

    private final Path file;
    private final Store<P> store;
    private final BooleanProperty skipProblems = new SimpleBooleanProperty(false);
    private final BooleanProperty canImport = new SimpleBooleanProperty(false);
    private final StringProperty summary = new SimpleStringProperty("");
    private final ObservableList<ImportViewModel.Row> rows = FXCollections.observableArrayList();
    private P preview;

    protected PreviewViewModel(Path file, Store<P> store) {
        this.file = file;
        this.store = store;
        skipProblems.addListener((o, a, b) -> updateCanImport());
    }

    /** Reads and previews the file; blocking, for a background task. */
    public abstract P read();

    /** Shows a preview made by {@link #read}; call on the FX thread. */
    public abstract void show(P preview);

    /** Shows a preview: the file's own problems first, then one row per feature; call on the FX thread. */
    protected final void display(P p, List<ImportViewModel.Row> featureRows, String summaryText) {
        preview = p;
        List<ImportViewModel.Row> out = new ArrayList<>();
        p.layer().fileProblems().forEach(x -> out.add(new ImportViewModel.Row(Messages.get("import.wholeFile"), "",
                x, false)));
        out.addAll(featureRows);
        rows.setAll(out);
        summary.set(summaryText);
        updateCanImport();
    }

    /** The preview shown, null before the first. */
    protected final P preview() {
        return preview;
    }

    /** Stores the previewed features in one transaction; blocking, for a background task. */
    public int commit(IntConsumer progress) {
        if (preview == null) {
            throw new IllegalStateException(Messages.get("import.noPreview"));
        }
        return store.commit(preview, skipProblems.get(), progress).size();
    }

    public int readyCount() {
        return preview == null ? 0 : preview.ready().size();
    }

    public Path file() {
        return file;
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

    private void updateCanImport() {
        canImport.set(preview != null && preview.canImport(skipProblems.get()));
    }
}
