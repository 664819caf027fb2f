package org.mineledger.ui;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import org.mineledger.store.AuditEntry;

/** An audit-trail entry in words a records officer reads: "2026-11-28 04:01 UTC  root  Survey visit 1 recorded". */
public final class AuditWording {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private AuditWording() {
    }

    /** What the change did, e.g. "Survey visit 1 recorded" or "Land release 2 changed". */
    public static String what(AuditEntry e) {
        return Messages.format("audit.what", item(e.entity()), e.entityId(), Messages.get("audit.action."
                + e.action().name()));
    }

    /** The whole entry on one line: time, user, what. */
    public static String line(AuditEntry e) {
        return UTC.format(e.time()) + "   " + e.user() + "   " + what(e);
    }

    /** The item's name in words; an entity without one is shown with spaces for its underscores. */
    private static String item(String entity) {
        try {
            return Messages.get("audit.entity." + entity);
        } catch (MissingResourceException unknown) {
            String words = entity.replace('_', ' ');
            return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }
    }
}
