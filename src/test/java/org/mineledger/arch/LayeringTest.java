package org.mineledger.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package rules of the developers' brief: only {@code ui} touches JavaFX; the core does no I/O. */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.mineledger");
    }

    @Test
    void onlyUiImportsJavaFx() {
        noClasses().that().resideOutsideOfPackage("org.mineledger.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void modelGeoAndPlanDoNoIo() {
        noClasses().that().resideInAnyPackage("org.mineledger.model..", "org.mineledger.geo..", "org.mineledger.plan..")
                .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.sql..", "java.net..",
                        "org.sqlite..", "org.apache.pdfbox..", "com.fasterxml.jackson..", "picocli..")
                .orShould().dependOnClassesThat().haveNameMatching("java\\.io\\.(File|Random).*")
                .check(classes);
    }

    @Test
    void coreDoesNotReachOutwards() {
        noClasses().that().resideInAnyPackage("org.mineledger.model..", "org.mineledger.geo..", "org.mineledger.plan..")
                .should().dependOnClassesThat().resideInAnyPackage("org.mineledger.store..", "org.mineledger.io..",
                        "org.mineledger.report..", "org.mineledger.map..", "org.mineledger.ui..", "org.mineledger.cli..")
                .check(classes);
    }

    @Test
    void geoIsTheVocabularyEveryLayerSharesAndUsesNoOtherLayer() {
        noClasses().that().resideInAPackage("org.mineledger.geo..")
                .should().dependOnClassesThat().resideInAnyPackage("org.mineledger.model..", "org.mineledger.plan..")
                .check(classes);
    }

    @Test
    void modelUsesOnlyGeo() {
        // Records such as a laid minefield's traverse are made of bearings, distances and coordinates.
        noClasses().that().resideInAPackage("org.mineledger.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.mineledger.plan..")
                .check(classes);
    }

    @Test
    void mapDrawsWithoutFilesSoReportsAndScreensShareIt() {
        noClasses().that().resideInAPackage("org.mineledger.map..")
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.sql..",
                        "org.mineledger.io..", "org.mineledger.store..", "com.fasterxml..")
                .check(classes);
    }

    @Test
    void storeKnowsNothingOfFormatsReportsOrScreens() {
        noClasses().that().resideInAPackage("org.mineledger.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.mineledger.io..", "org.mineledger.report..",
                        "org.mineledger.map..", "org.mineledger.ui..", "org.mineledger.cli..")
                .check(classes);
    }

    @Test
    void onlyTheLauncherUsesBothUiAndCli() {
        noClasses().that().resideInAPackage("org.mineledger.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.mineledger.ui..").check(classes);
        noClasses().that().resideInAPackage("org.mineledger.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.mineledger.cli..").check(classes);
        noClasses().that().resideOutsideOfPackages("org.mineledger.ui..", "org.mineledger.cli..")
                .and().doNotHaveFullyQualifiedName("org.mineledger.Main")
                .should().dependOnClassesThat().resideInAnyPackage("org.mineledger.ui..", "org.mineledger.cli..")
                .check(classes);
    }
}
