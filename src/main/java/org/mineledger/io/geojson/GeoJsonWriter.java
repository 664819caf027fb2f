package org.mineledger.io.geojson;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.Locale;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.mineledger.model.HazardArea;

/**
 * Writes hazard areas as an RFC 7946 FeatureCollection with the properties of the bundled samples
 * ({@code reference}, {@code name}, {@code kind}, {@code status}, {@code notes}).
 *
 * <p>Coordinates are written with full double precision, so reading the file back gives the same numbers.
 * Exterior rings are written counter-clockwise and holes clockwise, as RFC 7946 section 3.1.6 asks.
 */
public final class GeoJsonWriter {
    private static final JsonFactory JSON = new JsonFactory();
    private final String trainingBanner;

    /** A writer for real data: no training marking. */
    public GeoJsonWriter() {
        this("");
    }

    /** A writer that marks the file as training data with the given banner, e.g. "TRAINING — FICTIONAL DATA". */
    public GeoJsonWriter(String trainingBanner) {
        this.trainingBanner = trainingBanner == null ? "" : trainingBanner.strip();
    }

    /** Writes the areas to a file, replacing it. */
    public void write(List<HazardArea> areas, Path file) {
        write(areas, file, n -> { });
    }

    /** Writes the areas to a file; {@code progress} gets the count written so far (and may throw to cancel). */
    public void write(List<HazardArea> areas, Path file, IntConsumer progress) {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(areas, out, progress);
        } catch (IOException e) {
            throw new GeoJsonException(String.valueOf(file.getFileName()), 0,
                    "the file cannot be written: " + e.getMessage() + ". Check the folder exists and is writable.");
        }
    }

    /** Writes the areas to a stream in UTF-8; the stream is flushed, not closed. */
    public void write(List<HazardArea> areas, OutputStream out) {
        write(areas, out, n -> { });
    }

    private void write(List<HazardArea> areas, OutputStream out, IntConsumer progress) {
        try {
            JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            collection(g, trainingBanner, areas, this::feature, progress);
            g.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one feature of type {@code T}. */
    public interface FeatureWriter<T> {
        void write(JsonGenerator g, T item) throws IOException;
    }

    /**
     * Writes a pretty-printed FeatureCollection of {@code items}, marked as training data when {@code trainingBanner}
     * is not empty; {@code progress} gets the count written so far (and may throw to cancel).
     */
    public static <T> void collection(JsonGenerator g, String trainingBanner, List<T> items, FeatureWriter<T> feature,
            IntConsumer progress) throws IOException {
        g.useDefaultPrettyPrinter();
        g.writeStartObject();
        g.writeStringField("type", "FeatureCollection");
        if (!trainingBanner.isEmpty()) {
            g.writeBooleanField("training", true);
            g.writeStringField("banner", trainingBanner);
        }
        g.writeArrayFieldStart("features");
        int done = 0;
        for (T item : items) {
            feature.write(g, item);
            progress.accept(++done);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void feature(JsonGenerator g, HazardArea area) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeStringField("id", area.reference().value());
        g.writeObjectFieldStart("properties");
        g.writeStringField("reference", area.reference().value());
        g.writeStringField("name", area.name());
        g.writeStringField("kind", area.kind().code());
        g.writeStringField("status", area.status().label().toLowerCase(Locale.ROOT));
        g.writeStringField("notes", area.notes());
        if (!trainingBanner.isEmpty()) {
            g.writeStringField("banner", trainingBanner);
        }
        g.writeEndObject();
        g.writeObjectFieldStart("geometry");
        g.writeStringField("type", "Polygon");
        g.writeArrayFieldStart("coordinates");
        Polygon polygon = area.polygon();
        ring(g, polygon.getExteriorRing(), true);
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            ring(g, polygon.getInteriorRingN(i), false);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void ring(JsonGenerator g, LineString ring, boolean counterClockwise) throws IOException {
        Coordinate[] c = ring.getCoordinates();
        boolean reverse = Orientation.isCCW(c) != counterClockwise;
        g.writeStartArray();
        for (int i = 0; i < c.length; i++) {
            Coordinate p = c[reverse ? c.length - 1 - i : i];
            g.writeStartArray();
            g.writeNumber(p.x);
            g.writeNumber(p.y);
            g.writeEndArray();
        }
        g.writeEndArray();
    }
}
