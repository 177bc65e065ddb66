package org.trainingcrm.domain.shape;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.trainingcrm.domain.CrmFeatures;
import org.trainingcrm.domain.fixtures.InMemoryCrm;
import org.trainingcrm.domain.fixtures.MemoryFeature;
import org.trainingcrm.domain.fixtures.MemoryFeatures;
import org.trainingcrm.domain.kernel.CrmFeature;

/** A feature that is written but not registered, or registered without an in-memory store, fails here. */
class FeatureRegistryTest {

    private static final JavaClasses DOMAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.trainingcrm.domain");

    @Test
    void every_feature_written_is_registered_once() {
        Set<String> written = DOMAIN.stream()
                .filter(c -> c.isAssignableTo(CrmFeature.class) && !c.isInterface())
                .map(JavaClass::getName).collect(Collectors.toSet());
        List<String> registered = CrmFeatures.all().stream().map(f -> f.getClass().getName()).toList();
        assertThat(registered).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(written);
    }

    @Test
    void a_feature_is_named_after_its_package() {
        for (CrmFeature feature : CrmFeatures.all()) {
            String pkg = feature.getClass().getPackageName();
            assertThat(feature.name()).isEqualTo(pkg.substring(pkg.lastIndexOf('.') + 1));
        }
    }

    @Test
    void every_port_bundle_is_declared_by_its_feature_and_kept_in_memory() {
        InMemoryCrm memory = new InMemoryCrm();
        List<JavaClass> bundles = DOMAIN.stream().filter(c -> c.getSimpleName().endsWith("Ports")).toList();
        assertThat(bundles).isNotEmpty();
        for (JavaClass bundle : bundles) {
            Class<?> type = bundle.reflect();
            CrmFeature owner = CrmFeatures.all().stream()
                    .filter(f -> f.getClass().getPackageName().equals(bundle.getPackageName()))
                    .findFirst().orElseThrow(() -> new AssertionError(bundle.getName() + " has no feature"));
            assertThat(owner.ports()).as(owner.name() + " declares its own bundle").contains(type);
            assertThat(memory.keeps(type)).as("the in-memory store keeps " + bundle.getSimpleName()).isTrue();
        }
    }

    @Test
    void every_in_memory_feature_written_is_registered_once() {
        Set<String> written = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("org.trainingcrm.domain").stream()
                .filter(c -> c.isAssignableTo(MemoryFeature.class) && !c.isInterface())
                .map(JavaClass::getName).collect(Collectors.toSet());
        assertThat(MemoryFeatures.all().stream().map(f -> f.getClass().getName()).toList())
                .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(written);
    }

    @Test
    void every_permission_belongs_to_exactly_one_feature() {
        assertThat(CrmFeatures.permissions().stream().map(p -> p.name()).toList()).doesNotHaveDuplicates();
    }
}
