package org.trainingcrm.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trainingcrm.domain.CrmFeatures;
import org.trainingcrm.persistence.jpa.DatabaseFeature;

/** A feature written without its database store, or with one left out of the registry, fails here. */
class DatabaseRegistryTest {

    @Test
    void every_database_feature_written_is_registered_once() {
        Set<String> written = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.trainingcrm.persistence").stream()
                .filter(c -> c.isAssignableTo(DatabaseFeature.class) && !c.isInterface())
                .map(JavaClass::getName).collect(Collectors.toSet());
        List<String> registered = DatabaseFeatures.ALL.stream().map(f -> f.getClass().getName()).toList();
        assertThat(registered).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(written);
    }

    @Test
    void a_database_feature_is_named_after_its_package() {
        for (DatabaseFeature feature : DatabaseFeatures.ALL) {
            String pkg = feature.getClass().getPackageName();
            String name = pkg.substring(pkg.lastIndexOf('.') + 1);
            assertThat(feature.getClass().getSimpleName())
                    .isEqualTo(Character.toUpperCase(name.charAt(0)) + name.substring(1) + "Tables");
        }
    }

    @Test
    void the_database_keeps_every_bundle_a_feature_declares(@TempDir Path folder) {
        try (CrmDatabase db = CrmDatabase.embedded(folder.resolve("crm"))) {
            CrmFeatures.all().stream().flatMap(f -> f.ports().stream()).distinct()
                    .forEach(bundle -> assertThat(db.keeps(bundle)).as("the database keeps " + bundle.getSimpleName())
                            .isTrue());
        }
    }
}
