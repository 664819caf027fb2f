package org.mineledger.ui.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mineledger.io.evidence.EvidenceExport;
import org.mineledger.io.export.ExportFormat;
import org.mineledger.model.HazardArea;
import org.mineledger.model.evidence.SurveyEvidence;
import org.mineledger.ui.Messages;

/**
 * State of the export dialog, no Nodes: what to export (hazard areas or survey evidence), which of them (all, those
 * the table shows, those selected), the format (only GPX and GeoJSON for evidence) and the file, with a summary of
 * how many features will be written.
 */
public final class ExportViewModel {
    /** What is exported. */
    public enum What { HAZARDS, EVIDENCE }

    /** Which of them: every one, those the table shows (its filters), those selected in the table. */
    public enum Scope { ALL, SHOWN, SELECTED }

    private final List<HazardArea> all;
    private final List<HazardArea> shown;
    private final List<HazardArea> selected;
    private final List<SurveyEvidence> evidence;
    private final String banner;
    private final String sampleId;
    private final ObjectProperty<What> what = new SimpleObjectProperty<>(this, "what", What.HAZARDS);
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(this, "scope");
    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(this, "format", ExportFormat.GPKG);
    private final ObservableList<ExportFormat> formats = FXCollections.observableArrayList(ExportFormat.values());
    private final StringProperty file = new SimpleStringProperty(this, "file");
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(this, "count");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary");

    /**
     * @param all      every area of the workspace
     * @param shown    the areas the table shows (after filters)
     * @param selected the areas selected in the table, empty when none
     * @param evidence every survey evidence feature of the workspace
     * @param folder   where the file goes unless the user chooses another place (the workspace's folder)
     * @param banner   training banner of the workspace, "" for real data
     */
    public ExportViewModel(List<HazardArea> all, List<HazardArea> shown, List<HazardArea> selected,
            List<SurveyEvidence> evidence, Path folder, String banner, String sampleId) {
        this.all = List.copyOf(all);
        this.shown = List.copyOf(shown);
        this.selected = List.copyOf(selected);
        this.evidence = List.copyOf(evidence);
        this.banner = banner;
        this.sampleId = sampleId;
        scope.set(selected.isEmpty() ? Scope.ALL : Scope.SELECTED);
        file.set(folder.resolve(baseName() + "." + format.get().extension()).toString());
        what.addListener((o, a, b) -> whatChanged(a));
        format.addListener((o, a, b) -> {
            if (b != null) {
                file.set(withExtension(file.get(), b));
            }
            update();
        });
        scope.addListener((o, a, b) -> update());
        update();
    }

    public ObjectProperty<What> whatProperty() {
        return what;
    }

    public ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    /** The formats offered for what is exported. */
    public ObservableList<ExportFormat> formats() {
        return formats;
    }

    /** The file to write, as typed or chosen; the format's extension is added when missing. */
    public StringProperty fileProperty() {
        return file;
    }

    /** How many features the export will write. */
    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** One sentence: how many areas or evidence features will be written, in which format. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** How many features {@code s} holds of what is exported now. */
    public int count(Scope s) {
        return what.get() == What.HAZARDS ? areas(s).size() : evidence(s).size();
    }

    /** The label of the choice {@code s} for what is exported now, with its count. */
    public String label(Scope s) {
        String prefix = what.get() == What.HAZARDS ? "export." : "export.evidence.";
        return Messages.format(prefix + s.name().toLowerCase(Locale.ROOT), count(s));
    }

    /** The file to write: the typed path with the format's extension. */
    public Path target() {
        String typed = file.get() == null ? "" : file.get().strip();
        if (typed.isEmpty()) {
            throw new IllegalArgumentException(Messages.get("export.noFile"));
        }
        String ext = "." + format.get().extension();
        return Path.of(typed.toLowerCase(Locale.ROOT).endsWith(ext) ? typed : typed + ext);
    }

    /** The background job writing the chosen features to {@link #target()}. */
    public ExportJob job() {
        Path out = target();
        return what.get() == What.HAZARDS ? new ExportJob(format.get(), areas(scope.get()), out, banner, sampleId)
                : ExportJob.evidence(format.get(), evidence(scope.get()), out, banner);
    }

    /** The message shown when {@code job} has written {@code n} features. */
    public String doneMessage(int n, Path written) {
        if (what.get() != What.HAZARDS) {
            return Messages.format("export.evidence.done", n, written);
        }
        List<String> lost = format.get().warnings(areas(scope.get()));
        return Messages.format("export.done", n, written) + (lost.isEmpty() ? ""
                : "\n" + Messages.get("export.warnings") + "\n" + String.join("\n", lost));
    }

    /** How a format is named in the dialog, e.g. "GeoJSON (.geojson)". */
    public static String formatLabel(ExportFormat f) {
        String name = switch (f) {
            case GPKG -> "GeoPackage";
            case GEOJSON -> "GeoJSON";
            case SHAPEFILE -> "Shapefile";
            default -> f.name();
        };
        return name + " (." + f.extension() + ")";
    }

    private List<HazardArea> areas(Scope s) {
        return switch (s) {
            case ALL -> all;
            case SHOWN -> shown;
            case SELECTED -> selected;
        };
    }

    private List<SurveyEvidence> evidence(Scope s) {
        return s == Scope.ALL ? evidence
                : EvidenceExport.ofAreas(evidence, areas(s).stream().map(HazardArea::reference).toList());
    }

    private void whatChanged(What before) {
        formats.setAll(what.get() == What.EVIDENCE ? EvidenceExport.FORMATS : List.of(ExportFormat.values()));
        String oldBase = before == What.EVIDENCE ? "survey-evidence" : "hazard-areas";
        String name = file.get() == null ? "" : file.get();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        if (name.substring(slash + 1).startsWith(oldBase + ".")) {
            file.set(name.substring(0, slash + 1) + baseName() + "." + format.get().extension());
        }
        if (!formats.contains(format.get())) {
            format.set(formats.get(formats.contains(ExportFormat.GEOJSON) ? formats.indexOf(ExportFormat.GEOJSON)
                    : 0));
        }
        update();
    }

    private String baseName() {
        return what.get() == What.EVIDENCE ? "survey-evidence" : "hazard-areas";
    }

    private static String withExtension(String name, ExportFormat f) {
        if (name == null || name.isBlank()) {
            return name;
        }
        for (ExportFormat any : ExportFormat.values()) {
            if (name.toLowerCase(Locale.ROOT).endsWith("." + any.extension())) {
                return name.substring(0, name.length() - any.extension().length()) + f.extension();
            }
        }
        return name + "." + f.extension();
    }

    private void update() {
        Scope s = scope.get();
        int n = count(s);
        count.set(n);
        String formatName = formatLabel(format.get());
        if (what.get() == What.HAZARDS) {
            summary.set(n == 0 ? Messages.get("export.nothing") : Messages.format("export.summary", n, formatName));
        } else if (evidence.isEmpty()) {
            summary.set(Messages.get("export.evidence.none"));
        } else {
            List<SurveyEvidence> chosen = evidence(s);
            long points = chosen.stream().filter(SurveyEvidence::isPoint).count();
            summary.set(n == 0 ? Messages.get("export.evidence.nothing") : Messages.format("export.evidence.summary",
                    n, points, n - points, formatName));
        }
    }
}
