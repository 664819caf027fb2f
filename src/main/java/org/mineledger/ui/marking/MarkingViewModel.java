package org.mineledger.ui.marking;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.locationtech.jts.geom.LineString;
import org.mineledger.geo.CoordinateFormatter;
import org.mineledger.geo.CoordinateSystem;
import org.mineledger.geo.Distance;
import org.mineledger.geo.Precision;
import org.mineledger.io.csv.SignTableCsvWriter;
import org.mineledger.io.gpx.GpxWriter;
import org.mineledger.map.AccessTracks;
import org.mineledger.map.BaseMap;
import org.mineledger.model.HazardArea;
import org.mineledger.plan.marking.BarrierKind;
import org.mineledger.plan.marking.LabourRates;
import org.mineledger.plan.marking.MarkingOptions;
import org.mineledger.plan.marking.MarkingPlan;
import org.mineledger.plan.marking.MarkingPlanner;
import org.mineledger.plan.marking.MaterialLine;
import org.mineledger.report.MarkingPlanPdf;
import org.mineledger.store.MonitoringStore;
import org.mineledger.store.Workspace;
import org.mineledger.ui.Messages;

/**
 * State of the marking dialog for one hazard area: the user's choices as typed, the plan they give (recomputed on
 * every change, for the live preview), its totals, saving it to the workspace and exporting it.
 */
public final class MarkingViewModel {
    /** What an export writes. */
    public enum Export {
        GPX("gpx"), CSV("csv"), PDF("pdf");

        private final String extension;

        Export(String extension) {
            this.extension = extension;
        }
    }

    private final Workspace ws;
    private final HazardArea area;
    private final List<BaseMap> maps;
    private final Map<Double, List<LineString>> tracksByBuffer = new HashMap<>();
    private final StringProperty spacing = new SimpleStringProperty(this, "spacing",
            plain(MarkingOptions.DEFAULT_SIGN_SPACING.metres()));
    private final StringProperty buffer = new SimpleStringProperty(this, "buffer", "0");
    private final StringProperty pickets = new SimpleStringProperty(this, "pickets",
            plain(MarkingOptions.DEFAULT_PICKET_INTERVAL.metres()));
    private final StringProperty strands = new SimpleStringProperty(this, "strands", "1");
    private final ObjectProperty<BarrierKind> barrier = new SimpleObjectProperty<>(this, "barrier", BarrierKind.TAPE);
    private final StringProperty system = new SimpleStringProperty(this, "system", "utm");
    private final StringProperty folder = new SimpleStringProperty(this, "folder");
    private final ObjectProperty<MarkingPlan> plan = new SimpleObjectProperty<>(this, "plan");
    private final StringProperty totals = new SimpleStringProperty(this, "totals", "");
    private final StringProperty spacingSource = new SimpleStringProperty(this, "spacingSource", "");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty saved = new SimpleBooleanProperty(this, "saved", false);
    private final ObservableList<String> materials = FXCollections.observableArrayList();

    /** @param maps the base maps loaded in the window; their roads and tracks give the crossing signs */
    public MarkingViewModel(Workspace workspace, HazardArea area, List<BaseMap> maps) {
        this.ws = workspace;
        this.area = area;
        this.maps = maps.stream().filter(m -> !m.training() || workspace.isTraining()).toList();
        Path parent = workspace.file().toAbsolutePath().getParent();
        folder.set(parent == null ? "" : parent.toString());
        for (var p : List.of(spacing, buffer, pickets, strands)) {
            p.addListener((o, a, b) -> recompute());
        }
        barrier.addListener((o, a, b) -> recompute());
        recompute();
        org.mineledger.plan.marking.ReleasedLand.warning(area).ifPresent(message::set);
    }

    /** Makes the plan from the current choices; on a bad entry the plan is empty and {@link #errorProperty} says why. */
    void recompute() {
        saved.set(false);
        try {
            double bufferM = number(buffer, "marking.field.buffer");
            MarkingOptions options = new MarkingOptions(Distance.ofMetres(number(spacing, "marking.field.spacing")),
                    Distance.ofMetres(bufferM), Distance.ofMetres(number(pickets, "marking.field.pickets")),
                    barrier.get(), (int) number(strands, "marking.field.strands"), LabourRates.DEFAULT);
            List<LineString> tracks = tracksByBuffer.computeIfAbsent(bufferM,
                    b -> AccessTracks.around(maps, area.polygon(), b));
            MarkingPlan made = new MarkingPlanner(area.polygon(), tracks, options).plan();
            plan.set(made);
            error.set("");
            spacingSource.set(options.spacingSource());
            totals.set(Messages.format("marking.totals", made.signs().size(), String.format(Locale.ROOT, "%.1f",
                    made.perimeter().metres()), made.pickets(), String.format(Locale.ROOT, "%.1f",
                    made.labourPersonHours())));
            materials.setAll(made.materials().stream().map(MarkingViewModel::line).toList());
        } catch (IllegalArgumentException e) { // MarkingException is one
            plan.set(null);
            error.set(e.getMessage());
            totals.set("");
            materials.clear();
        }
    }

    private static double number(StringProperty text, String fieldKey) {
        String t = text.get() == null ? "" : text.get().strip().replace(',', '.');
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Messages.format("marking.error.number", Messages.get(fieldKey),
                    text.get()), e);
        }
    }

    private static String line(MaterialLine m) {
        return MarkingPlanPdf.quantity(m.quantity()) + " " + m.unit() + "  " + m.item() + " — " + m.basis();
    }

    /** Stores the plan in the workspace (one transaction with its audit entry); returns its id. */
    public long save() {
        MarkingPlan p = plan.get();
        if (p == null) {
            throw new IllegalStateException(Messages.format("marking.error.nothing", error.get()));
        }
        long id = new MonitoringStore(ws).saveMarkingPlan(area.reference(), p);
        saved.set(true);
        message.set(Messages.format("marking.saved", id, area.reference(), p.signs().size()));
        return id;
    }

    /**
     * A background task that writes the plan as {@code kind} into the chosen folder, named after the area
     * ({@code HA-0001-marking.gpx}). The file appears only when the task succeeds; cancelling leaves nothing.
     */
    public Task<Path> export(Export kind) {
        MarkingPlan p = plan.get();
        if (p == null) {
            throw new IllegalStateException(Messages.format("marking.error.nothing", error.get()));
        }
        String folderText = folder.get() == null ? "" : folder.get().strip();
        if (folderText.isEmpty()) {
            throw new IllegalStateException(Messages.get("marking.error.folder"));
        }
        Path target = Path.of(folderText).resolve(area.reference().value() + "-marking." + kind.extension);
        CoordinateFormatter formatter = new CoordinateFormatter(CoordinateSystem.of(system.get()),
                Precision.DECIMETRE);
        String banner = ws.trainingBanner();
        return new Task<>() {
            @Override
            protected Path call() throws IOException {
                updateMessage(Messages.format("marking.exporting", target));
                updateProgress(0, 3);
                Files.createDirectories(target.getParent());
                Path partial = Files.createTempFile(target.getParent(), ".marking-", "." + kind.extension);
                try {
                    updateProgress(1, 3);
                    switch (kind) {
                        case GPX -> new GpxWriter(false, banner).write(p, area.reference().value(), partial);
                        case CSV -> new SignTableCsvWriter(formatter, banner).write(p, partial);
                        case PDF -> new MarkingPlanPdf(formatter, banner).withBaseMaps(maps).write(area, p, partial);
                    }
                    updateProgress(2, 3);
                    if (isCancelled()) {
                        return null;
                    }
                    Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
                } finally {
                    Files.deleteIfExists(partial);
                }
                updateProgress(3, 3);
                updateMessage(Messages.format("marking.exported", target));
                return target;
            }
        };
    }

    public HazardArea area() {
        return area;
    }

    public StringProperty spacingProperty() {
        return spacing;
    }

    public StringProperty bufferProperty() {
        return buffer;
    }

    public StringProperty picketsProperty() {
        return pickets;
    }

    public StringProperty strandsProperty() {
        return strands;
    }

    public ObjectProperty<BarrierKind> barrierProperty() {
        return barrier;
    }

    public StringProperty systemProperty() {
        return system;
    }

    public StringProperty folderProperty() {
        return folder;
    }

    public ReadOnlyObjectProperty<MarkingPlan> planProperty() {
        return plan;
    }

    public StringProperty totalsProperty() {
        return totals;
    }

    public StringProperty spacingSourceProperty() {
        return spacingSource;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** True once the plan shown is the one stored; a change of choice makes it false again. */
    public BooleanProperty savedProperty() {
        return saved;
    }

    public ObservableList<String> materials() {
        return materials;
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
