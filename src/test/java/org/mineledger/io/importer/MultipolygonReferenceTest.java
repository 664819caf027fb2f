package org.mineledger.io.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A multipolygon feature's reference: checked like a polygon's, and kept in the notes of every part it becomes. */
class MultipolygonReferenceTest {
    private static final String SQUARES = "[[[[24.1,60.1],[24.11,60.1],[24.11,60.11],[24.1,60.1]]],"
            + "[[[24.2,60.1],[24.21,60.1],[24.21,60.11],[24.2,60.1]]]]";

    @TempDir
    Path dir;

    @Test
    void partsOfMultipolygonKeepItsReferenceInTheirNotesAndTheSplitIsAnnounced() throws IOException {
        ImportPreview p = preview(feature("MP-0007", "MultiPolygon", SQUARES));

        assertThat(p.withProblems()).isEmpty();
        assertThat(p.ready()).extracting(c -> c.draft().reference().value()).containsExactly("HA-0001", "HA-0002");
        assertThat(p.ready().get(0).draft().notes()).contains("Part 1 of 2 of MP-0007", "areas.geojson");
        assertThat(p.ready().get(1).draft().notes()).contains("Part 2 of 2 of MP-0007");
        assertThat(p.splits()).singleElement().asString()
                .contains("multipolygon of 2 parts", "HA-0001, HA-0002", "MP-0007 in its notes");
    }

    @Test
    void badlyFormedReferenceIsRefusedForMultipolygonsAsForPolygons() throws IOException {
        ImportPreview p = preview(feature("HP-1", "Polygon", "[[[24.1,60.1],[24.11,60.1],[24.11,60.11],[24.1,60.1]]]")
                + "," + feature("HP-2", "MultiPolygon", SQUARES));

        assertThat(p.ready()).isEmpty();
        assertThat(p.withProblems()).hasSize(3).allSatisfy(c ->
                assertThat(c.problems()).anySatisfy(x -> assertThat(x).contains("not in the form HA-0001")));
    }

    @Test
    void referenceAlreadyUsedIsRefusedForMultipolygons() throws IOException {
        ImportPreview p = preview(feature("MP-0007", "MultiPolygon", SQUARES), Set.of("MP-0007"));

        assertThat(p.ready()).isEmpty();
        assertThat(p.withProblems()).allSatisfy(c ->
                assertThat(c.problems()).anySatisfy(x -> assertThat(x).contains("MP-0007 is already used")));
    }

    private ImportPreview preview(String features) throws IOException {
        return preview(features, Set.of());
    }

    private ImportPreview preview(String features, Set<String> used) throws IOException {
        Path file = dir.resolve("areas.geojson");
        Files.writeString(file, "{\"type\":\"FeatureCollection\",\"features\":[" + features + "]}");
        ImportOptions o = ImportOptions.defaults();
        return ImportPreview.of(SourceFormat.of(file).read(file, o), o.withDefaultKind(
                org.mineledger.model.HazardKind.SUSPECTED), used, 1, Instant.EPOCH);
    }

    private static String feature(String reference, String type, String coordinates) {
        return "{\"type\":\"Feature\",\"properties\":{\"reference\":\"" + reference + "\",\"name\":\"Field\"},"
                + "\"geometry\":{\"type\":\"" + type + "\",\"coordinates\":" + coordinates + "}}";
    }
}
