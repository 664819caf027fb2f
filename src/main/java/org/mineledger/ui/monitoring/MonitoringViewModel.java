package org.mineledger.ui.monitoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardReference;
import org.mineledger.plan.monitoring.DueReport;
import org.mineledger.plan.monitoring.FollowUpRules;
import org.mineledger.plan.monitoring.InspectionRecord;
import org.mineledger.plan.monitoring.MonitoringRules;
import org.mineledger.plan.monitoring.MonitoringScheduler;
import org.mineledger.plan.monitoring.ScheduledItem;
import org.mineledger.store.InspectionAttachment;
import org.mineledger.store.MonitoringStore;
import org.mineledger.store.Workspace;
import org.mineledger.ui.Messages;

/** State of the monitoring dashboard: what is overdue, due this week and upcoming, and the inspection log. */
public final class MonitoringViewModel {
    /** How far ahead the dashboard looks. */
    static final int HORIZON_DAYS = 90;

    private final Supplier<Optional<Workspace>> workspace;
    private final MonitoringScheduler scheduler = new MonitoringScheduler(MonitoringRules.defaults());
    private final ObjectProperty<LocalDate> today = new SimpleObjectProperty<>(this, "today",
            LocalDate.now(ZoneOffset.UTC));
    private final ObjectProperty<HazardReference> areaFilter = new SimpleObjectProperty<>(this, "areaFilter");
    private final ObjectProperty<String> teamFilter = new SimpleObjectProperty<>(this, "teamFilter");
    private final ObservableList<ScheduledItem> overdue = FXCollections.observableArrayList();
    private final ObservableList<ScheduledItem> thisWeek = FXCollections.observableArrayList();
    private final ObservableList<ScheduledItem> upcoming = FXCollections.observableArrayList();
    private final ObservableList<HazardReference> areas = FXCollections.observableArrayList();
    private final ObservableList<String> teams = FXCollections.observableArrayList();
    private final IntegerProperty overdueCount = new SimpleIntegerProperty(this, "overdueCount");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");

    public MonitoringViewModel(Supplier<Optional<Workspace>> workspace) {
        this.workspace = workspace;
        areaFilter.addListener((o, a, b) -> refresh());
        teamFilter.addListener((o, a, b) -> refresh());
        today.addListener((o, a, b) -> refresh());
    }

    /** Recomputes the schedule from the workspace (fast: a few queries and date arithmetic, no geometry). */
    public void refresh() {
        Optional<Workspace> ws = workspace.get();
        if (ws.isEmpty()) {
            overdue.clear();
            thisWeek.clear();
            upcoming.clear();
            overdueCount.set(0);
            return;
        }
        List<HazardArea> hazards = ws.get().hazards();
        List<ScheduledItem> items = scheduler.schedule(hazards, new MonitoringStore(ws.get()).records(), today.get(),
                today.get().plusDays(HORIZON_DAYS));
        DueReport all = new DueReport(today.get(), items);
        overdueCount.set(all.overdue().size());
        DueReport shown = all.filter(Optional.ofNullable(areaFilter.get()), Optional.ofNullable(teamFilter.get()));
        overdue.setAll(shown.overdue());
        thisWeek.setAll(shown.dueThisWeek());
        upcoming.setAll(shown.upcoming());
        List<HazardReference> refs = hazards.stream().filter(h -> !h.status().equals(
                org.mineledger.model.HazardStatus.HANDED_OVER)).map(HazardArea::reference).toList();
        if (!areas.equals(refs)) {
            areas.setAll(refs);
        }
        if (!teams.equals(all.teams())) {
            teams.setAll(all.teams());
        }
    }

    /**
     * Stores an inspection with its photos; failed items become follow-up tasks. Sign numbers are typed as on
     * the plan, separated by commas or spaces ("S-004, S-007").
     */
    public InspectionRecord logInspection(HazardReference area, LocalDate date, String inspector, String team,
            String missingSigns, String damagedSigns, int fenceBreaches, boolean evidenceOfEntry, boolean reviewsDone,
            String notes, List<Path> photos) {
        Workspace ws = workspace.get().orElseThrow(() -> new IllegalStateException(
                Messages.get("error.noWorkspace")));
        if (area == null) {
            throw new IllegalArgumentException(Messages.get("monitoring.error.area"));
        }
        List<InspectionAttachment> files = new ArrayList<>();
        for (Path p : photos) {
            try {
                files.add(new InspectionAttachment(p.getFileName().toString(), Files.probeContentType(p),
                        Files.readAllBytes(p)));
            } catch (IOException e) {
                throw new UncheckedIOException(Messages.format("monitoring.error.photo", p, e.getMessage()), e);
            }
        }
        InspectionRecord stored = new MonitoringStore(ws).recordInspection(new InspectionRecord(0, area, date,
                inspector, team, signs(missingSigns), signs(damagedSigns), fenceBreaches, evidenceOfEntry,
                reviewsDone, notes, List.of()), files, FollowUpRules.DEFAULT);
        int tasks = stored.followUps(FollowUpRules.DEFAULT).size();
        message.set(tasks == 0 ? Messages.format("monitoring.logged.passed", area, date)
                : Messages.format("monitoring.logged.failed", area, date, tasks));
        refresh();
        return stored;
    }

    static List<String> signs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    public ObjectProperty<LocalDate> todayProperty() {
        return today;
    }

    public ObjectProperty<HazardReference> areaFilterProperty() {
        return areaFilter;
    }

    public ObjectProperty<String> teamFilterProperty() {
        return teamFilter;
    }

    public ObservableList<ScheduledItem> overdue() {
        return overdue;
    }

    public ObservableList<ScheduledItem> thisWeek() {
        return thisWeek;
    }

    public ObservableList<ScheduledItem> upcoming() {
        return upcoming;
    }

    public ObservableList<HazardReference> areas() {
        return areas;
    }

    public ObservableList<String> teams() {
        return teams;
    }

    /** Overdue items in the whole workspace, whatever the filters: the number the status bar shows. */
    public IntegerProperty overdueCountProperty() {
        return overdueCount;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
