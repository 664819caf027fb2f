package org.mineledger.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import org.mineledger.geo.AngleUnit;
import org.mineledger.geo.Bearing;
import org.mineledger.geo.CoordinateParser;
import org.mineledger.geo.Distance;
import org.mineledger.geo.GeoPoint;
import org.mineledger.geo.NorthReference;
import org.mineledger.geo.TraverseLeg;

/** Reads and writes the fields of record JSON, naming the field path in every error. */
final class JsonFields {
    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private JsonFields() {
    }

    /** Parses {@code json} as one JSON object; a fault names {@code what} ("The record") and the line and column. */
    static JsonNode object(String json, String what) {
        JsonNode o;
        try {
            o = MAPPER.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new RecordFormatException(what + " is not valid JSON (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + "): " + plainSyntax(e.getOriginalMessage()), e);
        }
        if (o == null || !o.isObject()) {
            throw new RecordFormatException(what + " must be one JSON object {...}.");
        }
        return o;
    }

    /** What a JSON syntax fault means, in words; the parser's own text when it is none of the usual ones. */
    static String plainSyntax(String parser) {
        String p = parser == null ? "" : parser;
        if (p.contains("was expecting comma to separate Object entries")) {
            return "a comma is missing before this point, after the field before it.";
        }
        if (p.contains("was expecting comma to separate Array entries")) {
            return "a comma is missing before this point, between two entries of a list [...].";
        }
        if (p.contains("was expecting double-quote to start field name")) {
            return "a field name must be written in double quotes, or there is one comma too many before this point.";
        }
        if (p.contains("Unexpected end-of-input")) {
            return "the file ends too soon: a closing } or ] is missing.";
        }
        if (p.contains("Unrecognized token")) {
            return "text must be written in double quotes (\"like this\"); numbers with a decimal point (2.5).";
        }
        return p.replaceAll(" \\(code \\d+\\)", "") + ".";
    }

    /** The list in {@code field}, empty when absent or null; anything but a list is refused. */
    static Iterable<JsonNode> list(JsonNode o, String field) {
        JsonNode n = o.get(field);
        if (n == null || n.isNull()) {
            return List.of();
        }
        if (!n.isArray()) {
            throw bad(field, "must be a list [...]");
        }
        return n;
    }

    static String text(JsonNode o, String field, String path) {
        JsonNode n = o.get(field);
        if (n == null || n.isNull()) {
            return "";
        }
        if (!n.isValueNode()) {
            throw bad(path + field, "must be text");
        }
        return n.asText();
    }

    static String required(JsonNode o, String field, String path) {
        String t = text(o, field, path);
        if (t.isBlank()) {
            throw bad(path + field, "is missing");
        }
        return t;
    }

    static double number(JsonNode o, String field, String path) {
        JsonNode n = o.get(field);
        if (n == null || !n.isNumber()) {
            throw bad(path + field, "must be a number");
        }
        return n.asDouble();
    }

    static Double optionalNumber(JsonNode o, String field, String path) {
        JsonNode n = o.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        return number(o, field, path);
    }

    static int integer(JsonNode o, String field, String path) {
        JsonNode n = o.get(field);
        if (n == null || !n.canConvertToExactIntegral() || !n.canConvertToInt()) {
            throw bad(path + field, "must be a whole number");
        }
        return n.asInt();
    }

    /**
     * {@code parser} applied to {@code text}; a fault names the field path. A value that is an object or a list
     * (a whole mine entry, say) is not quoted back: the path says which one it is.
     */
    static <T> T parse(String path, String text, Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (RecordFormatException e) {
            throw e;
        } catch (IllegalArgumentException | DateTimeParseException e) {
            boolean structure = text.startsWith("{") || text.startsWith("[");
            throw bad(path, (structure ? "" : "'" + text + "' ") + "cannot be read: " + e.getMessage());
        }
    }

    static Instant instant(JsonNode o, String field, String path) {
        String t = text(o, field, path);
        return t.isBlank() ? null : written(path + field, t, Instant::parse,
                "write it as date and UTC time, e.g. 2026-03-02T06:00:00Z");
    }

    static LocalDate date(JsonNode o, String field, String path) {
        return written(path + field, required(o, field, path), LocalDate::parse, "write it as YYYY-MM-DD, e.g. "
                + "2026-03-02");
    }

    /** A date or time read with {@code parser}; one it cannot read says the form to write it in. */
    private static <T> T written(String path, String text, Function<String, T> parser, String form) {
        try {
            return parser.apply(text);
        } catch (DateTimeParseException e) {
            throw bad(path, "'" + text + "' is not a date MineLedger reads: " + form);
        }
    }

    static Duration days(JsonNode o, String field, String path) {
        Double d = optionalNumber(o, field, path);
        return d == null ? null : Duration.ofMinutes(Math.round(d * 1440));
    }

    static void putDays(ObjectNode o, String field, Duration d) {
        if (d == null) {
            o.putNull(field);
        } else {
            o.put(field, d.toMinutes() / 1440.0);
        }
    }

    /** A position: {"lat": .., "lon": ..}, or any coordinate text MineLedger reads (UTM, MGRS, EPSG:…). */
    static GeoPoint point(JsonNode n, String path) {
        if (n == null || n.isNull()) {
            throw bad(path, "is missing");
        }
        if (n.isTextual()) {
            return parse(path, n.asText(), new CoordinateParser()::parse);
        }
        return parse(path, n.toString(), x -> new GeoPoint(number(n, "lat", path + "."), number(n, "lon", path + ".")));
    }

    static ObjectNode putPoint(ObjectNode parent, String field, GeoPoint p) {
        ObjectNode o = parent.putObject(field);
        o.put("lat", p.lat());
        o.put("lon", p.lon());
        return o;
    }

    /** A leg: {"bearing": 1600, "unit": "mils", "north": "grid", "distance_m": 25}; null when absent. */
    static TraverseLeg leg(JsonNode n, String path) {
        if (n == null || n.isNull()) {
            return null;
        }
        String p = path + ".";
        AngleUnit unit = text(n, "unit", p).isBlank() ? AngleUnit.DEGREES
                : parse(p + "unit", text(n, "unit", p), AngleUnit::parse);
        NorthReference north = text(n, "north", p).isBlank() ? NorthReference.TRUE
                : parse(p + "north", text(n, "north", p), NorthReference::parse);
        double value = number(n, "bearing", p);
        double metres = number(n, "distance_m", p);
        Bearing b = parse(p + "bearing", Double.toString(value), x -> new Bearing(value, unit, north));
        Distance d = parse(p + "distance_m", Double.toString(metres), x -> new Distance(metres));
        return new TraverseLeg(b, d);
    }

    static void putLeg(ObjectNode parent, String field, TraverseLeg leg) {
        if (leg == null) {
            parent.putNull(field);
            return;
        }
        putLeg(parent.putObject(field), leg);
    }

    static void putLeg(ObjectNode o, TraverseLeg leg) {
        o.put("bearing", leg.bearing().value());
        o.put("unit", leg.bearing().unit() == AngleUnit.DEGREES ? "degrees" : "mils");
        o.put("north", leg.bearing().north().name().toLowerCase(java.util.Locale.ROOT));
        o.put("distance_m", leg.distance().metres());
    }

    static RecordFormatException bad(String path, String what) {
        String sentence = what.endsWith(".") ? what : what + ".";
        return new RecordFormatException("Field '" + path + "' " + sentence);
    }
}
