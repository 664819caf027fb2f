package org.mineledger.ui.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineledger.io.importer.FieldMapping.Field;
import org.mineledger.model.HazardKind;
import org.mineledger.store.Workspace;

/** The import dialog's state, driven without a window. */
class ImportViewModelTest {

    @Test
    void problemsBlockTheImportUntilTheUserChoosesAKindAndToSkipBadFeatures(@TempDir Path dir) throws Exception {
        try (Workspace ws = Workspace.create(dir.resolve("field.gpkg"))) {
            ImportViewModel vm = new ImportViewModel(ws, resource("hostile/out-of-range.kml"));

            vm.show(vm.read());
            assertThat(vm.canImportProperty().get()).isFalse();
            assertThat(vm.rows()).hasSize(2).allMatch(r -> !r.ready());
            assertThat(vm.rows().get(1).result()).contains("outside the globe");
            assertThat(vm.attributes()).contains("name");

            vm.defaultKindProperty().set(HazardKind.SUSPECTED);
            vm.show(vm.read());
            assertThat(vm.rows().get(0).ready()).isTrue();
            assertThat(vm.canImportProperty().get()).isFalse();
            vm.skipProblemsProperty().set(true);
            assertThat(vm.canImportProperty().get()).isTrue();
            assertThat(vm.summaryProperty().get()).contains("1 area(s) ready to import, 1 with problems");

            assertThat(vm.commit(done -> { })).isEqualTo(1);
            assertThat(ws.hazards()).extracting(a -> a.name()).containsExactly("Good");
        }
    }

    @Test
    void changingTheMappingRemapsWithoutReadingAgain(@TempDir Path dir) throws Exception {
        try (Workspace ws = Workspace.create(dir.resolve("field.gpkg"))) {
            ImportViewModel vm = new ImportViewModel(ws, resource("fixtures/utm36.shp"));
            vm.show(vm.read());
            assertThat(vm.drafts()).hasSize(3).allMatch(a -> a.notes().startsWith("TRAINING"));

            vm.mappingProperty(Field.NOTES).set("name");
            vm.show(vm.read());

            assertThat(vm.drafts().get(0).notes()).isEqualTo("Training field north");
            assertThat(vm.canImportProperty().get()).isTrue();
        }
    }

    private static Path resource(String name) throws Exception {
        return Path.of(ImportViewModelTest.class.getResource("/org/mineledger/io/" + name).toURI());
    }
}
