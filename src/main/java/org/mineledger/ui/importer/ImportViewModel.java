package org.mineledger.ui.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.locationtech.jts.geom.Envelope;
import org.mineledger.io.importer.FieldMapping;
import org.mineledger.io.importer.FieldMapping.Field;
import org.mineledger.io.importer.ImportCandidate;
import org.mineledger.io.importer.ImportOptions;
import org.mineledger.io.importer.ImportPreview;
import org.mineledger.io.importer.ImportSession;
import org.mineledger.io.importer.SourceFeature;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardKind;
import org.mineledger.store.Workspace;
import org.mineledger.ui.Messages;

/**
 * State of the import dialog: the file, the field mapping, the preview rows with their problems and whether
 * the import may go ahead. No Nodes; the blocking steps ({@link #read}, {@link #commit}) run in the view's Task.
 */
public final class ImportViewModel extends PreviewViewModel<ImportPreview> {
    /** One line of the preview table. */
    public record Row(String location, String id, String result, boolean ready) {
    }

    private final ImportSession session;
    private final Map<Field, StringProperty> mapping = new EnumMap<>(Field.class);
    private final ObjectProperty<HazardKind> defaultKind = new SimpleObjectProperty<>();
    private final javafx.beans.property.BooleanProperty renumber = new javafx.beans.property.SimpleBooleanProperty();
    private final ObservableList<String> attributes = FXCollections.observableArrayList();
    private final ObservableList<HazardArea> drafts = FXCollections.observableArrayList();
    private final ObjectProperty<Envelope> extent = new SimpleObjectProperty<>();

    public ImportViewModel(Workspace workspace, Path file) {
        this(new ImportSession(workspace, file), file);
    }

    private ImportViewModel(ImportSession session, Path file) {
        super(file, session::commit);
        this.session = session;
        for (Field f : Field.values()) {
            mapping.put(f, new SimpleStringProperty(null));
        }
    }

    /** Reads and previews the file with the current mapping; blocking, for a background task. */
    @Override
    public ImportPreview read() {
        return preview() == null || attributes.isEmpty() ? session.preview(options()) : session.remap(options());
    }

    @Override
    public void show(ImportPreview p) {
        Set<String> names = new LinkedHashSet<>();
        for (SourceFeature f : p.layer().features()) {
            names.addAll(f.attributes().keySet());
        }
        if (!attributes.equals(new ArrayList<>(names))) {
            attributes.setAll(names);
        }
        List<Row> out = new ArrayList<>();
        for (ImportCandidate c : p.candidates()) {
            out.add(new Row(c.source().location(), c.featureLabel(), c.ready()
                    ? Messages.format("import.ready", c.draft().reference(), c.draft().name(), c.draft().kind().code())
                    : String.join(" ", c.problems()), c.ready()));
        }
        drafts.setAll(p.ready().stream().map(ImportCandidate::draft).toList());
        Envelope all = new Envelope();
        for (SourceFeature f : p.layer().features()) {
            if (f.geometry() != null) {
                all.expandToInclude(f.geometry().getEnvelopeInternal());
            }
        }
        // a new Envelope each time: a preview of the same features leaves the map where the user moved it
        if (!all.equals(extent.get())) {
            extent.set(all.isNull() ? null : all);
        }
        String summary = Messages.format("import.summary", p.layer().file(), p.ready().size(),
                p.withProblems().size(), p.layer().fileProblems().size());
        display(p, out, p.splits().isEmpty() ? summary : summary + " " + String.join(" ", p.splits()));
    }

    public StringProperty mappingProperty(Field f) {
        return mapping.get(f);
    }

    public ObjectProperty<HazardKind> defaultKindProperty() {
        return defaultKind;
    }

    /** Every imported area gets a new reference, the file's own kept in its notes. */
    public javafx.beans.property.BooleanProperty renumberProperty() {
        return renumber;
    }

    public ObservableList<String> attributes() {
        return attributes;
    }

    /**
     * Where the file's features lie (lon/lat, WGS84), those with problems too; null before the file is read or
     * when no feature has a readable geometry.
     */
    public ObjectProperty<Envelope> extentProperty() {
        return extent;
    }

    /** The areas that would be created, for the map preview. */
    public ObservableList<HazardArea> drafts() {
        return drafts;
    }

    private ImportOptions options() {
        FieldMapping m = FieldMapping.automatic();
        for (Field f : Field.values()) {
            m = m.with(f, mapping.get(f).get());
        }
        return ImportOptions.defaults().withMapping(m).withDefaultKind(defaultKind.get())
                .withRenumbering(renumber.get());
    }
}
