package org.mineledger.io;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Readers and the map model must stay usable without a window (CLI, tests, reports). */
class IoLayeringTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.mineledger.io", "org.mineledger.map");

    @Test
    void ioAndMapModelDoNotUseJavaFx() {
        noClasses().that().resideInAnyPackage("org.mineledger.io..", "org.mineledger.map..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(CLASSES);
    }

    @Test
    void mapModelDoesNoFileIo() {
        noClasses().that().resideInAPackage("org.mineledger.map..")
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..", "org.mineledger.io..",
                        "com.fasterxml..")
                .check(CLASSES);
    }
}
