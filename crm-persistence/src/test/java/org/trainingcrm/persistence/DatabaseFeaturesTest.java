package org.trainingcrm.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.AttributeConverter;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.trainingcrm.persistence.jpa.DatabaseFeature;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Each database feature brings its own mapping file and changelog beside its stores: they exist,
 * a feature maps only its own domain package's classes and declares only its own converters,
 * and the changelogs, run in the registry's order, create every table before anything refers to it.
 */
class DatabaseFeaturesTest {

    /** Features whose entities live in a domain package of another name. */
    private static final Map<String, String> DOMAIN_PACKAGE = Map.of("audit", "kernel");

    @Test
    void every_feature_names_a_mapping_file_and_a_changelog_that_exist() {
        assertThat(DatabaseFeatures.ALL).extracting(DatabaseFeaturesTest::name).doesNotHaveDuplicates();
        assertThat(resource(DatabaseFeatures.SHARED_MAPPING)).isNotNull();
        for (DatabaseFeature feature : DatabaseFeatures.ALL) {
            String prefix = feature.getClass().getPackageName().replace('.', '/') + "/";
            Stream.concat(feature.mappingFile().stream(), feature.changelog().stream()).forEach(file -> {
                assertThat(file).as(name(feature)).startsWith(prefix);
                assertThat(resource(file)).as(file).isNotNull();
            });
        }
        assertThat(DatabaseFeatures.mappingFiles()).hasSize(1 + (int) DatabaseFeatures.ALL.stream()
                .filter(feature -> feature.mappingFile().isPresent()).count());
    }

    @Test
    void every_mapped_class_is_mapped_once_in_its_own_features_mapping_file() throws Exception {
        Set<String> mapped = new HashSet<>();
        for (DatabaseFeature feature : DatabaseFeatures.ALL) {
            if (feature.mappingFile().isEmpty()) {
                continue;
            }
            String domain = "org.trainingcrm.domain." + DOMAIN_PACKAGE.getOrDefault(name(feature), name(feature)) + ".";
            List<String> classes = attributes(parse(feature.mappingFile().get()), "class", "entity", "embeddable");
            assertThat(classes).as(name(feature)).isNotEmpty().allSatisfy(type -> {
                assertThat(type).as("mapped by " + name(feature)).startsWith(domain);
                assertThat(type.substring(domain.length())).doesNotContain(".");
                assertThat(mapped.add(type)).as(type + " mapped twice").isTrue();
            });
        }
        // the shared file maps no entity, only the kernel's values every feature embeds
        assertThat(attributes(parse(DatabaseFeatures.SHARED_MAPPING), "class", "entity")).isEmpty();
        assertThat(attributes(parse(DatabaseFeatures.SHARED_MAPPING), "class", "embeddable"))
                .allSatisfy(type -> assertThat(type).startsWith("org.trainingcrm.domain.kernel."));
    }

    @Test
    void every_converter_is_declared_once_by_the_feature_whose_package_holds_it() throws Exception {
        List<String> declared = new ArrayList<>();
        for (String file : DatabaseFeatures.mappingFiles()) {
            String owner = file.substring(0, file.lastIndexOf('/')).replace('/', '.') + ".";
            List<String> converters = attributes(parse(file), "class", "converter");
            assertThat(converters).as(file).allSatisfy(type -> assertThat(type).startsWith(owner)
                    .satisfies(t -> assertThat(t.substring(owner.length())).doesNotContain(".")));
            declared.addAll(converters);
        }
        assertThat(declared).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(converterClasses());
    }

    @Test
    void the_changelogs_in_the_registrys_order_create_each_table_before_it_is_referred_to() throws Exception {
        Set<String> tables = new HashSet<>();
        Set<String> changeSets = new HashSet<>();
        for (String changelog : DatabaseFeatures.changelogs()) {
            NodeList sets = parse(changelog).getElementsByTagName("changeSet");
            assertThat(sets.getLength()).as(changelog).isPositive();
            for (int s = 0; s < sets.getLength(); s++) {
                Element set = (Element) sets.item(s);
                assertThat(changeSets.add(set.getAttribute("id") + "::" + set.getAttribute("author")))
                        .as("change set " + set.getAttribute("id") + " twice").isTrue();
                NodeList changes = set.getElementsByTagName("*");
                for (int c = 0; c < changes.getLength(); c++) {
                    Element change = (Element) changes.item(c);
                    String table = change.getAttribute("tableName").toLowerCase();
                    if (change.getTagName().equals("createTable")) {
                        tables.add(table);
                    } else if (!table.isEmpty() && !change.getTagName().equals("column")) {
                        assertThat(tables).as(change.getTagName() + " in " + changelog).contains(table);
                    }
                    String references = change.getAttribute("references");
                    if (!references.isEmpty()) {
                        assertThat(tables).as("references in " + changelog)
                                .contains(references.substring(0, references.indexOf('(')).toLowerCase());
                    }
                }
            }
        }
    }

    private static String name(DatabaseFeature feature) {
        String pack = feature.getClass().getPackageName();
        return pack.substring(pack.lastIndexOf('.') + 1);
    }

    private static URL resource(String path) {
        return DatabaseFeaturesTest.class.getClassLoader().getResource(path);
    }

    private static Document parse(String path) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        try (InputStream in = resource(path).openStream()) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static List<String> attributes(Document document, String attribute, String... tags) {
        List<String> values = new ArrayList<>();
        for (String tag : tags) {
            NodeList nodes = document.getElementsByTagName(tag);
            for (int i = 0; i < nodes.getLength(); i++) {
                values.add(((Element) nodes.item(i)).getAttribute(attribute));
            }
        }
        return values;
    }

    /** Every AttributeConverter of crm-persistence, found among its compiled classes. */
    private static List<String> converterClasses() throws Exception {
        Path root = Path.of(CrmDatabase.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> converters = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace(java.io.File.separatorChar, '.');
                Class<?> type = Class.forName(name.substring(0, name.length() - ".class".length()), false,
                        DatabaseFeaturesTest.class.getClassLoader());
                if (AttributeConverter.class.isAssignableFrom(type) && !type.isInterface()
                        && !java.lang.reflect.Modifier.isAbstract(type.getModifiers())) {
                    converters.add(type.getName());
                }
            }
        }
        return converters;
    }
}
