package org.trainingcrm.analytics.shape;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.trainingcrm.persistence.CrmDatabase;

/** Analytics reads the CRM through the access seam and the database's public face, not its internals. */
class AnalyticsShapeTest {

    private static final JavaClasses ANALYTICS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.trainingcrm.analytics");

    @Test
    void analytics_uses_only_the_database_entry_of_persistence() {
        noClasses().should().dependOnClassesThat(resideInAPackage("org.trainingcrm.persistence..")
                        .and(not(equivalentTo(CrmDatabase.class))))
                .check(ANALYTICS);
    }

    @Test
    void analytics_reads_no_store_directly() {
        noClasses().should().dependOnClassesThat().haveSimpleNameEndingWith("Ports")
                .because("reports read SQL views inside the branch scope, not the feature stores")
                .check(ANALYTICS);
    }
}
