package org.mineledger.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import javafx.scene.control.DatePicker;
import javafx.util.converter.LocalDateStringConverter;

/**
 * Date pickers that show and read dates as ISO yyyy-MM-dd (2026-11-28), as every other date in MineLedger,
 * whatever the computer's locale (a US locale would otherwise show 11/28/2026).
 */
public final class IsoDatePicker {
    private IsoDatePicker() {
    }

    /** A picker showing {@code value} (may be null) in ISO form. */
    public static DatePicker create(LocalDate value) {
        DatePicker picker = new DatePicker(value);
        picker.setConverter(new LocalDateStringConverter(DateTimeFormatter.ISO_LOCAL_DATE,
                DateTimeFormatter.ISO_LOCAL_DATE));
        picker.setPromptText(Messages.get("date.prompt"));
        return picker;
    }

    /** An empty picker in ISO form. */
    public static DatePicker create() {
        return create(null);
    }
}
