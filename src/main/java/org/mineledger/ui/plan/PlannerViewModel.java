package org.mineledger.ui.plan;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.locationtech.jts.geom.Point;
import org.mineledger.geo.CoordinateSystem;
import org.mineledger.io.basemap.BaseMapReader;
import org.mineledger.map.BaseMap;
import org.mineledger.map.PriorityFeatures;
import org.mineledger.model.HazardArea;
import org.mineledger.plan.calendar.Country;
import org.mineledger.plan.calendar.WorkCalendar;
import org.mineledger.plan.clearance.Plan;
import org.mineledger.plan.clearance.PlanComparison;
import org.mineledger.plan.clearance.PlanningDetails;
import org.mineledger.plan.clearance.PriorityResult;
import org.mineledger.plan.clearance.PriorityScore;
import org.mineledger.plan.clearance.PriorityWeights;
import org.mineledger.plan.clearance.Scheduler;
import org.mineledger.plan.clearance.TaskList;
import org.mineledger.plan.clearance.Team;
import org.mineledger.report.PlanPack;
import org.mineledger.report.WorkLayout;
import org.mineledger.store.PlanStore;
import org.mineledger.store.UnreleasedLand;
import org.mineledger.store.PlanningDetailsStore;
import org.mineledger.store.Workspace;

/**
 * State of the planner window: the inputs the planner types, the plan and its what-if variant, and the work of
 * making, saving and printing them (called from background tasks by the view). No Nodes.
 */
public final class PlannerViewModel {
    private final Workspace workspace;
    private final StringProperty teams = new SimpleStringProperty("manual=2,mdd=1");
    private final StringProperty variantTeams = new SimpleStringProperty("manual=3,mdd=1");
    private final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>(LocalDate.now());
    private final StringProperty country = new SimpleStringProperty("EE");
    private final ObjectProperty<Integer> setupDays = new SimpleObjectProperty<>(1);
    private final ObjectProperty<Plan> plan = new SimpleObjectProperty<>();
    private final ObjectProperty<Plan> variant = new SimpleObjectProperty<>();
    private final ObjectProperty<List<PriorityResult>> priorities = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<PriorityWeights> weights = new SimpleObjectProperty<>(PriorityWeights.defaults());
    private final ObjectProperty<Map<String, PlanningDetails>> details = new SimpleObjectProperty<>(Map.of());
    private final StringProperty selectedHazard = new SimpleStringProperty();
    private final StringProperty landNotes = new SimpleStringProperty("");
    private List<BaseMap> maps;

    /** The two plans and the ranking behind them, made together off the UI thread. */
    public record Result(Plan plan, Plan variant, List<PriorityResult> priorities, List<String> landNotes) {
    }

    public PlannerViewModel(Workspace workspace) {
        this.workspace = workspace;
        details.set(new PlanningDetailsStore(workspace).all());
    }

    /** A planner whose "Planning details" form opens on {@code selected} (the main window's selection), if any. */
    public static PlannerViewModel forSelected(Workspace workspace, HazardArea selected) {
        PlannerViewModel m = new PlannerViewModel(workspace);
        if (selected != null) {
            m.selectedHazard.set(selected.reference().value());
        }
        return m;
    }

    /** Each hazard's stored planning details, by reference (hazards with none stored are absent). */
    public ObjectProperty<Map<String, PlanningDetails>> detailsProperty() {
        return details;
    }

    /** What the land-release records changed in the last plan: hazards left out, or planned on what remains. */
    public StringProperty landNotesProperty() {
        return landNotes;
    }

    /** The hazard whose planning details are shown for editing. */
    public StringProperty selectedHazardProperty() {
        return selectedHazard;
    }

    /** References of the hazards still to release, the ones a plan covers. */
    public List<String> openHazardReferences() {
        return UnreleasedLand.of(workspace).toPlan().stream().filter(h -> !h.status().isReleased())
                .map(h -> h.reference().value())
                .toList();
    }

    /** The hazard's stored planning details, or none. */
    public PlanningDetails details(String reference) {
        return details.get().getOrDefault(reference, PlanningDetails.none(reference));
    }

    /** Stores a hazard's planning details (one transaction with its audit entry); the next ranking uses them. */
    public void saveDetails(PlanningDetails changed) {
        PlanningDetailsStore store = new PlanningDetailsStore(workspace);
        store.save(changed);
        details.set(store.all());
    }

    /** The priority order with the current weights and stored details; safe to call off the UI thread. */
    public List<PriorityResult> rank() {
        return new PriorityScore(weights.get(), PriorityFeatures.from(maps()))
                .rank(TaskList.priorityInputs(UnreleasedLand.of(workspace).toPlan(), details.get()));
    }

    public StringProperty teamsProperty() {
        return teams;
    }

    public StringProperty variantTeamsProperty() {
        return variantTeams;
    }

    public ObjectProperty<LocalDate> startProperty() {
        return start;
    }

    public StringProperty countryProperty() {
        return country;
    }

    public ObjectProperty<Integer> setupDaysProperty() {
        return setupDays;
    }

    public ObjectProperty<Plan> planProperty() {
        return plan;
    }

    public ObjectProperty<Plan> variantProperty() {
        return variant;
    }

    public ObjectProperty<List<PriorityResult>> prioritiesProperty() {
        return priorities;
    }

    /** The priority weights the planner sees and edits; the next plan uses them. */
    public ObjectProperty<PriorityWeights> weightsProperty() {
        return weights;
    }

    public boolean isTraining() {
        return workspace.isTraining();
    }

    public String trainingBanner() {
        return workspace.trainingBanner();
    }

    /** Ranks and schedules with the current inputs; safe to call off the UI thread. */
    public Result compute() {
        UnreleasedLand land = UnreleasedLand.of(workspace);
        List<HazardArea> hazards = land.toPlan();
        Map<String, PlanningDetails> known = details.get();
        List<PriorityResult> ranked = new PriorityScore(weights.get(), PriorityFeatures.from(maps()))
                .rank(TaskList.priorityInputs(hazards, known));
        var tasks = TaskList.fromHazards(hazards, ranked, TaskList.Defaults.standard(), known);
        var catalogue = new PlanStore(workspace).catalogue();
        Scheduler scheduler = new Scheduler(calendar(hazards), setupDays.get());
        LocalDate first = start.get();
        Plan base = scheduler.schedule(teams.get(), first, tasks, Team.parse(teams.get(), catalogue, first));
        Plan other = variantTeams.get() == null || variantTeams.get().isBlank() ? null
                : scheduler.schedule(variantTeams.get(), first, tasks, Team.parse(variantTeams.get(), catalogue, first));
        return new Result(base, other, ranked, land.notes());
    }

    /**
     * Shows the plan last saved in the workspace (e.g. the draft a training scenario carries), so the planner opens
     * on it; its start date becomes the start of the next plan. Returns its name, empty when none is saved.
     */
    public Optional<String> showLatestSaved() {
        PlanStore store = new PlanStore(workspace);
        List<PlanStore.PlanSummary> saved = store.plans();
        if (saved.isEmpty()) {
            return Optional.empty();
        }
        PlanStore.PlanSummary last = saved.get(saved.size() - 1);
        Optional<Plan> p = store.plan(last.id());
        p.ifPresent(found -> {
            start.set(LocalDate.parse(last.start()));
            plan.set(found);
        });
        return p.map(found -> last.name());
    }

    /** Shows a computed result (UI thread). */
    public void show(Result r) {
        landNotes.set(String.join("\n", r.landNotes()));
        priorities.set(r.priorities());
        plan.set(r.plan());
        variant.set(r.variant());
    }

    public Optional<PlanComparison> comparison() {
        return plan.get() == null || variant.get() == null ? Optional.empty()
                : Optional.of(new PlanComparison(plan.get(), variant.get()));
    }

    /** The workspace's asset catalogue (defaults until edited). */
    public org.mineledger.plan.clearance.AssetCatalogue catalogue() {
        return new PlanStore(workspace).catalogue();
    }

    /** Stores an edited asset type with its audit entry; the next plan uses it. */
    public void saveAsset(org.mineledger.plan.clearance.AssetType type) {
        new PlanStore(workspace).saveAssetType(type);
    }

    /** Saves the current plan in the workspace (with its audit entry); returns its number. */
    public long save() {
        Plan p = requirePlan();
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("teams", teams.get());
        settings.put("country", country.get());
        settings.put("setupDays", String.valueOf(setupDays.get()));
        settings.put("madeWith", "planner window");
        return new PlanStore(workspace).save(p, settings);
    }

    /** Writes the current plan's pack; progress and cancel as {@link PlanPack#write}. */
    public void print(Path out, double boxM, PlanPack.Progress progress, BooleanSupplier cancelled) {
        new PlanPack(maps(), UnreleasedLand.of(workspace).forSheets(), CoordinateSystem.UTM, "UNCLASSIFIED",
                workspace.trainingBanner(),
                WorkLayout.boxes(boxM), details.get()).write(requirePlan(), out, progress, cancelled);
    }

    private Plan requirePlan() {
        if (plan.get() == null) {
            throw new IllegalStateException("Make a plan first (Plan button).");
        }
        return plan.get();
    }

    private WorkCalendar calendar(List<HazardArea> hazards) {
        double lat = hazards.stream().mapToDouble(h -> {
            Point c = h.polygon().getCentroid();
            return c.getY();
        }).average().orElse(55);
        String c = country.get();
        WorkCalendar standard = WorkCalendar.standard(Country.EE, lat);
        return new WorkCalendar(standard.workingDays(),
                c == null || c.isBlank() || c.equalsIgnoreCase("none") ? Optional.empty()
                        : Optional.of(Country.parse(c)), List.of(), lat, standard.minDaylightHours());
    }

    private synchronized List<BaseMap> maps() {
        if (maps == null) {
            BaseMapReader reader = new BaseMapReader();
            List<BaseMap> list = new ArrayList<>();
            for (String id : reader.ids()) {
                BaseMap m = reader.load(id);
                if (!m.training() || workspace.isTraining()) {
                    list.add(m);
                }
            }
            maps = List.copyOf(list);
        }
        return maps;
    }
}
