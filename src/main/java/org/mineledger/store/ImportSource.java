package org.mineledger.store;

import java.util.Objects;

/**
 * Where an imported hazard area came from, kept in its audit entry so that it can be traced back.
 *
 * @param file    the source file name (no folder), e.g. {@code survey.shp}
 * @param feature the feature id or number within that file, e.g. {@code 12} or {@code Placemark 'North field'}
 */
public record ImportSource(String file, String feature) {
    public ImportSource {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(feature, "feature");
    }
}
