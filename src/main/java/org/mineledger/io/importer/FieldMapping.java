package org.mineledger.io.importer;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Which source attribute fills each MineLedger hazard-area field; unmapped fields are found by usual names. */
public final class FieldMapping {
    /** The hazard-area fields an import can fill. */
    public enum Field {
        REFERENCE(List.of("reference", "ref", "ha_ref", "hazard_ref")),
        NAME(List.of("name", "title", "label", "ha_name")),
        KIND(List.of("kind", "hazard_kind", "ha_type", "hazard_type", "type", "class")),
        STATUS(List.of("status", "state", "ha_status")),
        NOTES(List.of("notes", "note", "description", "desc", "comment", "remarks"));

        private final List<String> usualNames;

        Field(List<String> usualNames) {
            this.usualNames = usualNames;
        }

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Field of(String key) {
            for (Field f : values()) {
                if (f.key().equalsIgnoreCase(key.strip())) {
                    return f;
                }
            }
            throw new IllegalArgumentException("'" + key + "' is not a hazard-area field. Map one of: reference, "
                    + "name, kind, status, notes (e.g. --map name=SITE_NAME).");
        }
    }

    private final Map<Field, String> explicit;

    private FieldMapping(Map<Field, String> explicit) {
        this.explicit = explicit;
    }

    /** No explicit mapping: every field is found by its usual names. */
    public static FieldMapping automatic() {
        return new FieldMapping(new EnumMap<>(Field.class));
    }

    /** A mapping from {@code FIELD=ATTRIBUTE} texts such as {@code name=SITE_NAME}. */
    public static FieldMapping parse(Collection<String> pairs) {
        Map<Field, String> m = new EnumMap<>(Field.class);
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                throw new IllegalArgumentException("'" + pair + "' is not FIELD=ATTRIBUTE, e.g. name=SITE_NAME.");
            }
            m.put(Field.of(pair.substring(0, eq)), pair.substring(eq + 1).strip());
        }
        return new FieldMapping(m);
    }

    /** A copy with {@code field} taken from {@code attribute} (null to find it by usual names). */
    public FieldMapping with(Field field, String attribute) {
        Map<Field, String> m = new EnumMap<>(Field.class);
        m.putAll(explicit);
        if (attribute == null || attribute.isBlank()) {
            m.remove(field);
        } else {
            m.put(field, attribute);
        }
        return new FieldMapping(m);
    }

    /** The attribute chosen explicitly for {@code field}, if any. */
    public Optional<String> explicit(Field field) {
        return Optional.ofNullable(explicit.get(field));
    }

    /** The attribute that fills {@code field} among {@code attributeNames}, or empty when none does. */
    public Optional<String> attributeFor(Field field, Collection<String> attributeNames) {
        String e = explicit.get(field);
        if (e != null) {
            return attributeNames.stream().filter(a -> a.equalsIgnoreCase(e)).findFirst();
        }
        for (String usual : field.usualNames) {
            Optional<String> hit = attributeNames.stream().filter(a -> a.equalsIgnoreCase(usual)).findFirst();
            if (hit.isPresent()) {
                return hit;
            }
        }
        return Optional.empty();
    }
}
