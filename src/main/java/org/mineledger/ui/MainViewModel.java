package org.mineledger.ui;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardStatus;
import org.mineledger.store.AuditEntry;
import org.mineledger.store.Workspace;

/** State of the main window: the open workspace, its hazard areas, filters and selection. No Nodes. */
public final class MainViewModel implements AutoCloseable {
    private final ObservableList<HazardArea> hazards = FXCollections.observableArrayList();
    // One wrapper, kept: listeners on a fresh unmodifiable wrapper per call would be garbage-collected.
    private final ObservableList<HazardArea> readOnlyHazards = FXCollections.unmodifiableObservableList(hazards);
    private final FilteredList<HazardArea> filtered = new FilteredList<>(hazards, a -> true);
    private final ObjectProperty<HazardKind> kindFilter = new SimpleObjectProperty<>(this, "kindFilter");
    private final ObjectProperty<HazardStatus> statusFilter = new SimpleObjectProperty<>(this, "statusFilter");
    private final ObjectProperty<HazardArea> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<org.mineledger.model.survey.AreaAccounting> accounting =
            new SimpleObjectProperty<>(this, "accounting");
    private final ObservableList<HazardArea> selection = FXCollections.observableArrayList();
    private final ObservableList<HazardArea> readOnlySelection = FXCollections.unmodifiableObservableList(selection);
    private final ObservableList<AuditEntry> history = FXCollections.observableArrayList();
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", Messages.get("app.title"));
    private final BooleanProperty training = new SimpleBooleanProperty(this, "training");
    private final ReadOnlyObjectWrapper<Workspace> opened = new ReadOnlyObjectWrapper<>(this, "opened");
    private final RecentFiles recent;
    private Workspace workspace;

    public MainViewModel(RecentFiles recent) {
        this.recent = recent;
        kindFilter.addListener((o, a, b) -> refilter());
        statusFilter.addListener((o, a, b) -> refilter());
        selected.addListener((o, a, b) -> loadHistory());
    }

    /** Opens a workspace file, closing the current one; the workspace's own exception explains a bad file. */
    public void open(Path path) {
        Workspace opened = Workspace.open(path);
        show(opened);
    }

    /** Creates an empty workspace and opens it. */
    public void createNew(Path path) {
        show(Workspace.create(path));
    }

    /** Writes a consistent copy of the open workspace (File › Save As) and opens the copy. */
    public void saveCopy(Path target) {
        requireOpen().saveCopy(target);
        open(target);
    }

    /** Re-reads the hazard list, keeping the selection (all selected areas and the focused one). */
    public void reload() {
        long keep = selected.get() == null ? 0 : selected.get().id();
        List<Long> keepAll = selection.stream().map(HazardArea::id).toList();
        List<HazardArea> all = requireOpen().hazards().stream()
                .sorted(Comparator.comparing(a -> a.reference().value())).toList();
        hazards.setAll(all);
        select(keepAll, keep);
    }

    /** Selects the area with this id alone, or clears the selection when there is none. */
    public void select(long id) {
        select(List.of(id), id);
    }

    /**
     * Selects the areas with these ids (unknown ids are skipped); the one with {@code focusedId} becomes the
     * {@linkplain #selectedProperty() focused} area the map, details and editor work on, or, when it is not among
     * them, the last one found.
     */
    public void select(List<Long> ids, long focusedId) {
        List<HazardArea> chosen = hazards.stream().filter(a -> ids.contains(a.id())).toList();
        HazardArea focus = chosen.stream().filter(a -> a.id() == focusedId).findFirst()
                .orElse(chosen.isEmpty() ? null : chosen.get(chosen.size() - 1));
        if (!chosen.equals(selection)) {
            selection.setAll(chosen);
        }
        selected.set(focus);
    }

    /** Ctrl-click: adds the area to the selection and focuses it, or takes it out when it is selected already. */
    public void toggle(long id) {
        List<Long> ids = new java.util.ArrayList<>(selection.stream().map(HazardArea::id).toList());
        long focus = id;
        if (ids.remove(id)) {
            HazardArea current = selected.get();
            focus = current != null && current.id() != id ? current.id() : ids.isEmpty() ? 0 : ids.get(ids.size() - 1);
        } else {
            ids.add(id);
        }
        select(ids, focus);
    }

    public Optional<Workspace> workspace() {
        return Optional.ofNullable(workspace);
    }

    public ObservableList<HazardArea> allHazards() {
        return readOnlyHazards;
    }

    public FilteredList<HazardArea> filteredHazards() {
        return filtered;
    }

    public ObjectProperty<HazardKind> kindFilterProperty() {
        return kindFilter;
    }

    public ObjectProperty<HazardStatus> statusFilterProperty() {
        return statusFilter;
    }

    /** The focused area: the one selected last, which the map, the details and single-area actions work on. */
    public ObjectProperty<HazardArea> selectedProperty() {
        return selected;
    }

    /** Every selected area in table order (the focused one among them); empty when none is selected. */
    public ObservableList<HazardArea> selection() {
        return readOnlySelection;
    }

    public ObservableList<AuditEntry> history() {
        return history;
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public BooleanProperty trainingProperty() {
        return training;
    }

    /** The workspace last opened, set anew on every open (also of the same file again), null once closed. */
    public ReadOnlyObjectProperty<Workspace> openedProperty() {
        return opened.getReadOnlyProperty();
    }

    public List<Path> recentFiles() {
        return recent.list();
    }

    @Override
    public void close() {
        if (workspace != null) {
            workspace.close();
            workspace = null;
            opened.set(null);
        }
    }

    private void show(Workspace opened) {
        close();
        workspace = opened;
        selection.clear();
        selected.set(null);
        reload();
        training.set(opened.isTraining());
        title.set(Messages.format("app.title.file", opened.file().getFileName(), opened.file().getParent()));
        recent.add(opened.file());
        file.set(opened.file());
        this.opened.set(opened);
    }

    private Workspace requireOpen() {
        if (workspace == null) {
            throw new IllegalStateException(Messages.get("error.noWorkspace"));
        }
        return workspace;
    }

    private void refilter() {
        HazardKind k = kindFilter.get();
        HazardStatus s = statusFilter.get();
        filtered.setPredicate(a -> (k == null || a.kind() == k) && (s == null || a.status() == s));
    }

    /**
     * The focused area's history: its own audit entries and those of its survey visits, finds and releases, in
     * the order they were written; and its land-release accounting.
     */
    private void loadHistory() {
        HazardArea a = selected.get();
        if (a == null || workspace == null) {
            history.clear();
            accounting.set(null);
            return;
        }
        org.mineledger.store.SurveyStore records = new org.mineledger.store.SurveyStore(workspace);
        List<AuditEntry> all = new java.util.ArrayList<>(workspace.history("hazard_area", a.id()));
        all.addAll(records.history(a.id()));
        all.sort(Comparator.comparingLong(AuditEntry::seq));
        history.setAll(all);
        accounting.set(records.accounting(a.id()));
    }

    /**
     * The focused area's land-release accounting (original = cancelled + reduced + cleared + remaining), null
     * when none is focused.
     */
    public ReadOnlyObjectProperty<org.mineledger.model.survey.AreaAccounting> accountingProperty() {
        return accounting;
    }
}
