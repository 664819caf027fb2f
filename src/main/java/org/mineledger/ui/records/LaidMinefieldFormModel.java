package org.mineledger.ui.records;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.mineledger.geo.AngleUnit;
import org.mineledger.geo.CoordinateParser;
import org.mineledger.geo.Declination;
import org.mineledger.geo.Grid;
import org.mineledger.geo.Distance;
import org.mineledger.geo.GeoPoint;
import org.mineledger.geo.NorthConversion;
import org.mineledger.geo.NorthReference;
import org.mineledger.geo.TraverseLeg;
import org.mineledger.model.laid.ComplianceCheck;
import org.mineledger.model.laid.ComplianceFinding;
import org.mineledger.model.laid.LaidMinefieldRecord;
import org.mineledger.model.laid.LaidMinefieldRevision;
import org.mineledger.model.laid.Landmark;
import org.mineledger.model.laid.MinefieldIdentity;
import org.mineledger.model.laid.MinefieldType;
import org.mineledger.model.laid.Strip;
import org.mineledger.store.AuditEntry;
import org.mineledger.store.LaidMinefieldStore;
import org.mineledger.ui.edit.NorthEntry;

/**
 * State of the laid-minefield form: the fields as typed, an error per field, the compliance findings, the
 * revisions of the record and their audit history. No Nodes; the form binds to it.
 */
public final class LaidMinefieldFormModel {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    public final StringProperty number = new SimpleStringProperty("");
    public final ObjectProperty<MinefieldType> type = new SimpleObjectProperty<>(MinefieldType.PROTECTIVE);
    public final StringProperty unit = new SimpleStringProperty("");
    public final StringProperty authority = new SimpleStringProperty("");
    public final StringProperty officer = new SimpleStringProperty("");
    public final StringProperty classification = new SimpleStringProperty("");
    public final StringProperty started = new SimpleStringProperty("");
    public final StringProperty completed = new SimpleStringProperty("");
    public final StringProperty landmarkText = new SimpleStringProperty("");
    public final StringProperty landmarkPosition = new SimpleStringProperty("");
    public final ObjectProperty<AngleUnit> angleUnit = new SimpleObjectProperty<>(AngleUnit.DEGREES);
    public final ObjectProperty<NorthReference> north = new SimpleObjectProperty<>(NorthReference.TRUE);
    public final StringProperty landmarkToRp = new SimpleStringProperty("");
    public final StringProperty rpToTp1 = new SimpleStringProperty("");
    public final StringProperty perimeter = new SimpleStringProperty("");
    public final StringProperty tolerance = new SimpleStringProperty("0.5");
    public final StringProperty marking = new SimpleStringProperty("");
    public final StringProperty fencing = new SimpleStringProperty("");
    public final StringProperty monitoring = new SimpleStringProperty("");
    public final StringProperty laidBy = new SimpleStringProperty("");
    public final StringProperty verifiedBy = new SimpleStringProperty("");
    public final StringProperty notes = new SimpleStringProperty("");
    public final ObservableList<MineRow> mineRows = FXCollections.observableArrayList();
    public final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    public final ObservableList<ComplianceFinding> findings = FXCollections.observableArrayList();
    /** True when {@link #findings} are of the record as typed; false while the record cannot be read. */
    public final javafx.beans.property.BooleanProperty checked = new javafx.beans.property.SimpleBooleanProperty();
    public final ObservableList<LaidMinefieldRevision> revisions = FXCollections.observableArrayList();
    public final ObjectProperty<LaidMinefieldRevision> current = new SimpleObjectProperty<>();
    public final StringProperty summary = new SimpleStringProperty("");

    /** Grid of grid bearings and magnetic declination with its date, as in the traverse dialog. */
    public final NorthEntry northEntry = new NorthEntry();
    /** Lanes and gaps, and the one being entered. */
    public final LaneEntryModel lanes = new LaneEntryModel(angleUnit::get, north::get);

    private final LaidMinefieldStore store;

    private final String trainingBanner;

    public LaidMinefieldFormModel(LaidMinefieldStore store) {
        this(store, "");
    }

    /** @param trainingBanner the workspace's training banner, printed on the record; "" for real data */
    public LaidMinefieldFormModel(LaidMinefieldStore store, String trainingBanner) {
        this.store = store;
        this.trainingBanner = trainingBanner;
    }

    /** A background task that prints the current revision to {@code out} (MGRS and WGS84 coordinates). */
    public javafx.concurrent.Task<java.nio.file.Path> printTask(java.nio.file.Path out) {
        LaidMinefieldRevision rev = requireCurrent();
        return new javafx.concurrent.Task<>() {
            @Override
            protected java.nio.file.Path call() throws java.io.IOException {
                updateMessage("Printing " + rev.number() + " rev " + rev.revision() + "…");
                new org.mineledger.report.LaidMinefieldRecordPdf(rev, org.mineledger.geo.CoordinateSystem.MGRS,
                        trainingBanner).write(out);
                return out;
            }
        };
    }

    /** Makes the signed-off record a confirmed hazard area; returns its reference. */
    public String convert() {
        String ref = store.convertToHazard(requireCurrent().id()).reference().value();
        show(store.byId(requireCurrent().id()).orElseThrow());
        return ref;
    }

    /** Reads every field; fills {@link #errors} (field → message) and returns the record when all are valid. */
    public Optional<LaidMinefieldRecord> validate() {
        errors.clear();
        Map<String, String> e = new LinkedHashMap<>();
        MinefieldIdentity id = field(e, "number", () -> new MinefieldIdentity(number.get(), type.get(), unit.get(),
                authority.get(), officer.get(), classification.get()));
        Instant start = field(e, "started", () -> time(started.get()));
        Instant end = field(e, "completed", () -> time(completed.get()));
        GeoPoint lm = field(e, "landmarkPosition", () -> new CoordinateParser().parse(landmarkPosition.get()));
        TraverseLeg toRp = field(e, "landmarkToRp", () -> LegText.leg(landmarkToRp.get(), angleUnit.get(),
                north.get(), "LM to RP"));
        TraverseLeg toTp1 = field(e, "rpToTp1", () -> LegText.leg(rpToTp1.get(), angleUnit.get(), north.get(),
                "RP to TP1"));
        List<TraverseLeg> legs = field(e, "perimeter", () -> LegText.legs(perimeter.get(), angleUnit.get(),
                north.get(), "Perimeter"));
        Distance tol = field(e, "tolerance", () -> new Distance(Double.parseDouble(tolerance.get().strip())));
        NorthConversion northConversion = northConversion(e, lm);
        List<Strip> strips = field(e, "strips", this::strips);
        if (e.isEmpty()) {
            LaidMinefieldRecord r = field(e, "record", () -> new LaidMinefieldRecord(id, start, end,
                    new Landmark(landmarkText.get(), lm), toRp, toTp1, legs, northConversion, tol, strips,
                    lanes.lanes, marking.get(), fencing.get(), monitoring.get(), laidBy.get(), verifiedBy.get(),
                    notes.get()));
            if (e.isEmpty()) {
                findings.setAll(new ComplianceCheck(r).findings());
                checked.set(true);
                summary.set(r.totals().total() + " mines (AP " + r.totals().ap() + ", AT " + r.totals().at()
                        + "); closure " + r.traverse().closure() + "; area " + String.format(java.util.Locale.ROOT,
                        "%.1f m²", r.traverse().area().area()));
                return Optional.of(r);
            }
        }
        errors.putAll(e);
        findings.clear();
        checked.set(false);
        return Optional.empty();
    }

    /** Grid and declination as typed; grid bearings without a grid use the UTM zone of the landmark. */
    private NorthConversion northConversion(Map<String, String> e, GeoPoint lm) {
        Grid grid = field(e, "grid", northEntry::grid);
        Declination declination = field(e, "declination", northEntry::declination);
        if (north.get() == NorthReference.MAGNETIC && declination == null && !e.containsKey("declination")) {
            e.put("declination", "Magnetic bearings need the declination (degrees east, negative west) and its "
                    + "date, from the map margin or a geomagnetic model.");
        }
        NorthConversion n = new NorthConversion(grid, declination);
        return north.get() == NorthReference.GRID && lm != null ? NorthEntry.withGridAt(n, lm) : n;
    }

    private static <T> T field(Map<String, String> errors, String name, Supplier<T> read) {
        try {
            return read.get();
        } catch (NumberFormatException ex) {
            errors.put(name, "Type a number in metres, e.g. 0.5.");
        } catch (IllegalArgumentException | DateTimeParseException ex) {
            errors.put(name, ex.getMessage());
        }
        return null;
    }

    private List<Strip> strips() {
        Map<String, List<MineRow>> byLabel = new LinkedHashMap<>();
        for (MineRow r : mineRows) {
            byLabel.computeIfAbsent(r.strip(), k -> new ArrayList<>()).add(r);
        }
        List<Strip> out = new ArrayList<>();
        for (List<MineRow> rows : byLabel.values()) {
            MineRow first = rows.get(0);
            String name = "Strip " + first.strip();
            out.add(new Strip(first.strip(), first.startMarker(), first.endMarker(),
                    LegText.leg(first.fromRp(), angleUnit.get(), north.get(), name + " from RP"),
                    LegText.legs(first.legs(), angleUnit.get(), north.get(), name),
                    rows.stream().map(MineRow::mine).filter(java.util.Objects::nonNull).toList()));
        }
        return out;
    }

    private static Instant time(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip(), TIME).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text.strip() + "' is not a UTC date and time; type it as "
                    + "2026-03-02 06:00.", e);
        }
    }

    /** Saves the form: a new record as a draft, or the changes to the current draft. False when a field is wrong. */
    public boolean save() {
        Optional<LaidMinefieldRecord> r = validate();
        if (r.isEmpty()) {
            return false;
        }
        LaidMinefieldRevision c = current.get();
        LaidMinefieldRevision saved;
        if (c == null) {
            saved = store.add(r.get());
        } else if (c.status().isLocked()) {
            saved = store.correct(c.id(), r.get());
        } else {
            saved = store.update(c.id(), r.get());
        }
        show(saved);
        return true;
    }

    public void submit() {
        show(store.submit(requireCurrent().id()));
    }

    public void signOff(String name, String role) {
        show(store.signOff(requireCurrent().id(), name, role));
    }

    /** Loads the latest revision of a minefield into the form. */
    public void load(String minefieldNumber) {
        show(store.latest(minefieldNumber).orElseThrow(() -> new IllegalArgumentException("There is no minefield "
                + minefieldNumber + " in this workspace.")));
    }

    public List<AuditEntry> history(LaidMinefieldRevision r) {
        return store.history(r.id());
    }

    private LaidMinefieldRevision requireCurrent() {
        if (current.get() == null) {
            throw new IllegalArgumentException("Save the record as a draft first.");
        }
        return current.get();
    }

    private void show(LaidMinefieldRevision rev) {
        current.set(rev);
        revisions.setAll(store.revisions(rev.number()));
        FormFill.fill(this, rev.record());
        validate();
    }
}
