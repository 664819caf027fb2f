package org.mineledger.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit entry of one import ({@code CREATE} of entity {@value #ENTITY}): the file, and for every hazard area
 * the import created its id, reference, source feature and the {@link RowDigest} of the row as stored, e.g.
 * <pre>{"file":"survey.gpkg","count":2,"first_id":7,"last_id":8,"areas":[
 *   {"id":7,"reference":"HA-0007","feature":"12","sha256":"9f…"},
 *   {"id":8,"reference":"HA-0008","feature":"13","sha256":"4c…"}]}</pre>
 * An area whose source file differs from the entry's also carries {@code "file"}. An import of more than
 * {@link HazardImportStore#AUDIT_PART} areas is written as several such entries with {@code "part"} and
 * {@code "parts"}. One entry per import (or part), not one per area carrying its whole polygon, keeps a
 * 50,000-area import from writing the polygons twice.
 */
final class ImportAuditJson {
    /** Audit entity of imports; the entity id numbers the imports of a workspace from 1. */
    static final String ENTITY = "hazard_import";
    /** Writes entries with jackson-core alone: an import then loads none of the (many) classes of databind. */
    private static final JsonFactory JSON = new JsonFactory();

    /** One created area as the entry lists it. */
    record Item(long id, String reference, String file, String feature, String sha256) {
    }

    private ImportAuditJson() {
    }

    /** Made when an entry is first read, not when one is written. */
    private static final class Reading {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    /** The entry of part {@code part} of {@code parts} of one import (a large import is listed in parts). */
    static String write(List<Item> items, int part, int parts) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("An import entry lists at least one area.");
        }
        String file = items.get(0).file();
        StringWriter text = new StringWriter(items.size() * 128);
        try (JsonGenerator g = JSON.createGenerator(text)) {
            g.writeStartObject();
            g.writeStringField("file", file);
            g.writeNumberField("count", items.size());
            if (parts > 1) {
                g.writeNumberField("part", part);
                g.writeNumberField("parts", parts);
            }
            g.writeNumberField("first_id", items.get(0).id());
            g.writeNumberField("last_id", items.get(items.size() - 1).id());
            g.writeArrayFieldStart("areas");
            for (Item i : items) {
                write(g, i, file);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the audit entry of an import", e);
        }
        return text.toString();
    }

    /**
     * One area of the list (its file only when not the entry's). A method of its own: called for every area of
     * an import, the JVM compiles it early, while a loop over 1,000 areas in one call would run uncompiled.
     */
    private static void write(JsonGenerator g, Item i, String file) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", i.id());
        g.writeStringField("reference", i.reference());
        if (!file.equals(i.file())) {
            g.writeStringField("file", i.file());
        }
        g.writeStringField("feature", i.feature());
        g.writeStringField("sha256", i.sha256());
        g.writeEndObject();
    }

    /** The areas an import entry lists; throws {@link IllegalArgumentException} when the text is not such an entry. */
    static List<Item> read(String json) {
        JsonNode root;
        try {
            root = json == null ? null : Reading.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("it is not valid JSON", e);
        }
        if (root == null || !root.path("areas").isArray()) {
            throw new IllegalArgumentException("it does not list the imported areas");
        }
        String file = root.path("file").asText();
        List<Item> out = new ArrayList<>(root.path("areas").size());
        for (JsonNode a : root.path("areas")) {
            out.add(new Item(a.path("id").asLong(), a.path("reference").asText(), a.path("file").asText(file),
                    a.path("feature").asText(), a.path("sha256").asText()));
        }
        return out;
    }
}
