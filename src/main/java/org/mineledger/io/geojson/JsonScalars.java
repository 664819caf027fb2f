package org.mineledger.io.geojson;

import com.fasterxml.jackson.databind.JsonNode;

/** A JSON property value as a Java value: text, whole number (long), other number (double) or boolean. */
final class JsonScalars {
    private JsonScalars() {
    }

    /** The value of a scalar node; {@code null} for JSON null and for objects and arrays. */
    static Object of(JsonNode v) {
        if (v.isTextual()) {
            return v.textValue();
        } else if (v.isIntegralNumber() && v.canConvertToLong()) {
            return v.longValue();
        } else if (v.isNumber()) {
            return v.doubleValue();
        } else if (v.isBoolean()) {
            return v.booleanValue();
        }
        return null;
    }
}
