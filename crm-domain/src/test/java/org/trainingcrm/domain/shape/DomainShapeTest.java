package org.trainingcrm.domain.shape;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.trainingcrm.domain.kernel.AccessPolicy;
import org.trainingcrm.domain.kernel.AuditLog;
import org.trainingcrm.domain.kernel.Transactions;
import org.trainingcrm.domain.kernel.UseCases;

/** The shape of crm-domain: framework-free, feature slices without cycles, one naming rule. */
class DomainShapeTest {

    private static final JavaClasses DOMAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.trainingcrm.domain");

    @Test
    void the_domain_uses_the_jdk_and_libphonenumber_only() {
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.trainingcrm.domain..", "com.google.i18n.phonenumbers..")
                .check(DOMAIN);
    }

    @Test
    void feature_packages_form_no_cycles() {
        slices().matching("org.trainingcrm.domain.(*)..").should().beFreeOfCycles().check(DOMAIN);
    }

    @Test
    void the_kernel_knows_no_feature() {
        noClasses().that().resideInAPackage("org.trainingcrm.domain.kernel..")
                .should().dependOnClassesThat()
                .resideOutsideOfPackages("java..", "org.trainingcrm.domain.kernel..", "com.google.i18n.phonenumbers..")
                .check(DOMAIN);
    }

    @Test
    void services_run_through_the_use_case_template() {
        classes().that().haveSimpleNameEndingWith("Service").and().resideOutsideOfPackage("org.trainingcrm.domain.kernel")
                .should(new SmallConstructors(5, UseCases.class))
                .check(DOMAIN);
        noClasses().that().haveSimpleNameEndingWith("Service")
                .should().dependOnClassesThat().areAssignableTo(Transactions.class)
                .orShould().dependOnClassesThat().areAssignableTo(AuditLog.class)
                .because("the template opens the transaction and writes the audit entry")
                .check(DOMAIN);
        noClasses().that().haveSimpleNameEndingWith("Service")
                .should().dependOnClassesThat().areAssignableTo(AccessPolicy.class)
                .because("the template checks the permission before any lookup")
                .check(DOMAIN);
    }

    @Test
    void only_services_are_built_on_the_template() {
        DescribedPredicate<JavaClass> builtOnTheTemplate = DescribedPredicate.describe("are built on UseCases",
                type -> type.getConstructors().stream()
                        .anyMatch(c -> c.getRawParameterTypes().stream().anyMatch(p -> p.isEquivalentTo(UseCases.class))));
        classes().that(builtOnTheTemplate).should().haveSimpleNameEndingWith("Service").check(DOMAIN);
    }

    @Test
    void every_feature_declares_ports_permissions_and_wiring_in_its_own_package() {
        classes().that().haveSimpleNameEndingWith("Feature").and().resideOutsideOfPackage("org.trainingcrm.domain.kernel")
                .should().implement(org.trainingcrm.domain.kernel.CrmFeature.class)
                .andShould(new NamedAfterItsPackage("Feature"))
                .check(DOMAIN);
        classes().that().haveSimpleNameEndingWith("Ports").should().beRecords()
                .andShould(new NamedAfterItsPackage("Ports"))
                .andShould(new PortNames())
                .check(DOMAIN);
        classes().that().haveSimpleNameEndingWith("Permission").and().resideOutsideOfPackage("org.trainingcrm.domain.kernel")
                .should(new NamedAfterItsPackage("Permission"))
                .check(DOMAIN);
    }
}
