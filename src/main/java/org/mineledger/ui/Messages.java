package org.mineledger.ui;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** User-facing text of the window, from {@code messages*.properties}. */
public final class Messages {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.mineledger.ui.messages");

    private Messages() {
    }

    public static String get(String key) {
        return BUNDLE.getString(key);
    }

    public static String format(String key, Object... args) {
        return MessageFormat.format(BUNDLE.getString(key), args);
    }

    public static ResourceBundle bundle() {
        return BUNDLE;
    }
}
