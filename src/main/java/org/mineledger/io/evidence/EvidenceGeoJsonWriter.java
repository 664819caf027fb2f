package org.mineledger.io.evidence;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;
import org.locationtech.jts.geom.Coordinate;
import org.mineledger.io.export.ExportException;
import org.mineledger.io.geojson.GeoJsonWriter;
import org.mineledger.model.evidence.SurveyEvidence;

/**
 * Writes survey evidence as an RFC 7946 FeatureCollection of Points and LineStrings with the properties
 * {@code name}, {@code time}, {@code elevation}, {@code source_file}, {@code source_feature}, {@code hazard_ref},
 * {@code notes} (and {@code training} on training data), in full double precision.
 */
public final class EvidenceGeoJsonWriter {
    private static final JsonFactory JSON = new JsonFactory();
    private final String trainingBanner;

    /** {@code trainingBanner} is "TRAINING — FICTIONAL DATA" for a sample workspace, "" for real data. */
    public EvidenceGeoJsonWriter(String trainingBanner) {
        this.trainingBanner = trainingBanner == null ? "" : trainingBanner.strip();
    }

    public void write(List<SurveyEvidence> evidence, Path file) {
        write(evidence, file, n -> { });
    }

    /** The same, telling {@code progress} how many are written so far; it may throw to cancel. */
    public void write(List<SurveyEvidence> evidence, Path file, IntConsumer progress) {
        try (OutputStream out = Files.newOutputStream(file);
             JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            GeoJsonWriter.collection(g, trainingBanner, evidence, this::feature, progress);
        } catch (IOException ex) {
            throw new ExportException(file + " cannot be written: " + ex.getMessage()
                    + ". Check the folder exists and you may write to it.", ex);
        }
    }

    private void feature(JsonGenerator g, SurveyEvidence e) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeNumberField("id", e.id());
        g.writeObjectFieldStart("properties");
        g.writeStringField("name", e.name());
        g.writeStringField("time", e.time() == null ? null : e.time().toString());
        if (e.elevationM() == null) {
            g.writeNullField("elevation");
        } else {
            g.writeNumberField("elevation", e.elevationM());
        }
        g.writeStringField("source_file", e.sourceFile());
        g.writeStringField("source_feature", e.sourceFeature());
        g.writeStringField("hazard_ref", e.hazard() == null ? null : e.hazard().value());
        g.writeStringField("notes", e.notes());
        if (!trainingBanner.isEmpty()) {
            g.writeStringField("training", trainingBanner);
        }
        g.writeEndObject();
        g.writeObjectFieldStart("geometry");
        g.writeStringField("type", e.isPoint() ? "Point" : "LineString");
        g.writeFieldName("coordinates");
        Coordinate[] cs = e.geometry().getCoordinates();
        if (e.isPoint()) {
            position(g, cs[0]);
        } else {
            g.writeStartArray();
            for (Coordinate c : cs) {
                position(g, c);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void position(JsonGenerator g, Coordinate c) throws IOException {
        g.writeStartArray();
        g.writeNumber(c.x);
        g.writeNumber(c.y);
        g.writeEndArray();
    }
}
