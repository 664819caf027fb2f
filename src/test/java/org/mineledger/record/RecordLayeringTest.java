package org.mineledger.record;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The record layer (laid-minefield and survey records) sits beside model and geo: it needs Bearing,
 * Distance and Traverse, which {@code model} may not use, and it does no I/O either.
 */
class RecordLayeringTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.mineledger");

    @Test
    void recordsDoNoIoAndKnowNoOuterLayer() {
        noClasses().that().resideInAPackage("org.mineledger.record..")
                .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.sql..", "java.net..",
                        "org.sqlite..", "org.apache.pdfbox..", "com.fasterxml.jackson..", "picocli..", "javafx..",
                        "org.mineledger.store..", "org.mineledger.io..", "org.mineledger.report..",
                        "org.mineledger.map..", "org.mineledger.ui..", "org.mineledger.cli..", "org.mineledger.plan..")
                .check(CLASSES);
    }

    @Test
    void coreDoesNotDependOnRecords() {
        noClasses().that().resideInAnyPackage("org.mineledger.model..", "org.mineledger.geo..")
                .should().dependOnClassesThat().resideInAPackage("org.mineledger.record..").check(CLASSES);
    }
}
