package org.trainingcrm.persistence.shape;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The shape of crm-persistence: one package per feature that leans on the shared JPA helpers only. */
class PersistenceShapeTest {

    private static final JavaClasses PERSISTENCE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.trainingcrm.persistence");
    private static final JavaClasses DOMAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("org.trainingcrm.domain");

    @Test
    void a_feature_package_stores_its_own_feature() {
        classes().that().resideInAPackage("org.trainingcrm.persistence.*")
                .and().resideOutsideOfPackage("org.trainingcrm.persistence.jpa")
                .should(new OwnFeatureOnly(DOMAIN))
                .check(PERSISTENCE);
    }

    @Test
    void the_shared_helpers_know_no_feature() {
        classes().that().resideInAPackage("org.trainingcrm.persistence.jpa")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.trainingcrm.persistence.jpa", "java..",
                        "javax..", "jakarta..", "org.eclipse.persistence..", "liquibase..", "org.slf4j..", "com.zaxxer.hikari..",
                        "org.trainingcrm.domain.kernel..")
                .check(PERSISTENCE);
    }
}
