package org.mineledger.ui.training;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.mineledger.io.sample.SampleCatalog;
import org.mineledger.io.sample.WalkthroughCopy;
import org.mineledger.io.sample.WalkthroughReader;
import org.mineledger.model.HazardArea;
import org.mineledger.plan.training.StepOutcome;
import org.mineledger.plan.training.Walkthrough;
import org.mineledger.plan.training.WalkthroughCheck;
import org.mineledger.ui.MainViewModel;
import org.mineledger.ui.Messages;

/**
 * State of the walkthrough panel: the running walkthrough and its steps, re-checked whenever the main window's
 * hazard list changes. No Nodes.
 */
public final class WalkthroughViewModel {
    private final MainViewModel main;
    private final WalkthroughReader reader;
    private final WalkthroughCopy copies;
    private final ObjectProperty<Walkthrough> walkthrough = new SimpleObjectProperty<>(this, "walkthrough");
    private final ObservableList<StepRow> steps = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper(this, "progress", "");

    public WalkthroughViewModel(MainViewModel main, WalkthroughReader reader, WalkthroughCopy copies) {
        this.main = main;
        this.reader = reader;
        this.copies = copies;
        main.allHazards().addListener((ListChangeListener<HazardArea>) c -> recheck());
    }

    /** A scenario the student can choose: its id and title. */
    public record Choice(String id, String title) {
        @Override
        public String toString() {
            return title;
        }
    }

    /** The scenarios that have a walkthrough, in the order of the sample index. */
    public List<Choice> choices() {
        SampleCatalog catalog = new SampleCatalog();
        List<Choice> out = new ArrayList<>();
        for (String id : reader.withWalkthrough()) {
            out.add(new Choice(id, catalog.load(id).title()));
        }
        return out;
    }

    /** Opens the student's copy of the scenario (made on first start) in the main window and checks it. */
    public void start(String scenarioId) {
        Walkthrough w = reader.read(scenarioId);
        Path copy = copies.ensure(scenarioId);
        walkthrough.set(w);
        main.open(copy);
        recheck();
    }

    /** Re-reads the workspace (the student may have changed it elsewhere) and checks every step. */
    public void check() {
        if (walkthrough.get() != null && main.workspace().isPresent()) {
            main.reload();
        }
        recheck();
    }

    /** Throws the student's work away: a fresh copy of the scenario is made and opened. */
    public void restart() {
        Walkthrough w = requireRunning();
        main.close();
        Path copy = copies.reset(w.scenarioId());
        main.open(copy);
        recheck();
    }

    /** Stops the walkthrough; the workspace stays open. */
    public void stop() {
        walkthrough.set(null);
        steps.clear();
        progress.set("");
    }

    public ObjectProperty<Walkthrough> walkthroughProperty() {
        return walkthrough;
    }

    public ObservableList<StepRow> steps() {
        return steps;
    }

    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    private void recheck() {
        Walkthrough w = walkthrough.get();
        if (w == null) {
            return;
        }
        WalkthroughCheck result = new WalkthroughCheck(w, main.allHazards());
        List<StepRow> rows = new ArrayList<>();
        int n = 1;
        for (StepOutcome o : result.outcomes()) {
            rows.add(StepRow.of(n++, o));
        }
        steps.setAll(rows);
        progress.set(Messages.format("training.progress", result.passedCount(), rows.size()));
    }

    private Walkthrough requireRunning() {
        Walkthrough w = walkthrough.get();
        if (w == null) {
            throw new IllegalStateException(Messages.get("training.error.notRunning"));
        }
        return w;
    }
}
