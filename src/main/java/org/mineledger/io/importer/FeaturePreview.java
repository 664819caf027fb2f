package org.mineledger.io.importer;

import java.util.List;

/** What an import of one file would do, before anything is written: features ready to store, and problems. */
public interface FeaturePreview {
    /** The file as read, with the problems of the file as a whole. */
    SourceLayer layer();

    /** The features that can be stored. */
    List<?> ready();

    /** The features that cannot be stored, each with its problems. */
    List<?> withProblems();

    /** True when the file itself has no problem and at least one feature can be imported. */
    default boolean canImport(boolean skipFeaturesWithProblems) {
        return layer().fileProblems().isEmpty() && !ready().isEmpty()
                && (skipFeaturesWithProblems || withProblems().isEmpty());
    }
}
