package org.cthub.deploy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Dependencies point one way: api → integration → persistence. Nothing imports api. */
class ModuleDependencyTest {

    private final JavaClasses hub = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.cthub");

    @Test
    void persistenceDependsOnNoOtherModule() {
        noClasses().that().resideInAPackage("org.cthub.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("org.cthub.integration..", "org.cthub.api..")
                .check(hub);
    }

    @Test
    void integrationDoesNotDependOnTheApi() {
        noClasses().that().resideInAPackage("org.cthub.integration..")
                .should().dependOnClassesThat().resideInAPackage("org.cthub.api..")
                .check(hub);
    }

    @Test
    void nothingOutsideTheApiImportsIt() {
        noClasses().that().resideOutsideOfPackage("org.cthub.api..")
                .should().dependOnClassesThat().resideInAPackage("org.cthub.api..")
                .check(hub);
    }

    @Test
    void theImportSeesEveryModule() {
        // a rule over an empty import passes vacuously: make sure all three modules are on the classpath
        org.assertj.core.api.Assertions.assertThat(hub.stream().map(c -> c.getPackageName().split("\\.")[2]).distinct())
                .contains("persistence", "integration", "api");
    }
}
