package org.mineledger.io.importer;

import java.util.List;

/**
 * The features read from one file (one layer of it), with the problems that concern the file as a whole.
 *
 * @param file         the file name used in messages
 * @param layer        the layer name (file name without extension when the format has one layer)
 * @param features     the features in file order
 * @param fileProblems problems with the file as a whole (e.g. unknown projection), empty when none
 */
public record SourceLayer(String file, String layer, List<SourceFeature> features, List<String> fileProblems) {
    public SourceLayer {
        features = List.copyOf(features);
        fileProblems = List.copyOf(fileProblems);
    }
}
