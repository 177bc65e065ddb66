package org.trainingcrm.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.trainingcrm.persistence.jpa.DatabaseFeature;
import org.trainingcrm.persistence.jpa.UniqueRule;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every unique constraint of the features' changelogs (beyond a table's single-column id) is
 * declared by its own feature with the rule it protects, so a duplicate lost in a race surfaces
 * as that rule's {@code RuleViolation}; and nothing is declared that the changelogs lack.
 */
class UniqueRulesTest {

    @Test
    void each_feature_declares_a_rule_for_every_unique_constraint_of_its_changelog() throws Exception {
        for (DatabaseFeature feature : DatabaseFeatures.ALL) {
            Set<String> inChangelog = new HashSet<>();
            for (String changelog : feature.changelog().stream().toList()) {
                inChangelog.addAll(uniqueConstraints(changelog));
            }
            Set<String> declared = new HashSet<>();
            feature.uniqueRules().forEach(rule -> declared.add(rule.constraint().toLowerCase(Locale.ROOT)));
            assertThat(declared).as(feature.getClass().getSimpleName()).isEqualTo(inChangelog);
        }
    }

    @Test
    void rules_are_named_like_the_domains_and_constraints_are_declared_once() {
        List<UniqueRule> all = DatabaseFeatures.uniqueRules();
        assertThat(all).extracting(UniqueRule::constraint).doesNotHaveDuplicates();
        assertThat(all).allSatisfy(rule -> {
            assertThat(rule.rule()).matches("[a-z][A-Za-z]*(\\.[a-z][A-Za-z]*)+");
            assertThat(rule.message()).isNotBlank();
        });
        assertThat(all).extracting(UniqueRule::rule).contains("certificate.duplicate", "visit.duplicate");
    }

    /** Named unique constraints and composite primary keys: the keys a business rule may stand behind. */
    private static List<String> uniqueConstraints(String changelog) throws Exception {
        Document document;
        try (InputStream in = UniqueRulesTest.class.getClassLoader().getResourceAsStream(changelog)) {
            assertThat(in).as(changelog).isNotNull();
            document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        List<String> names = new ArrayList<>();
        NodeList added = document.getElementsByTagName("addUniqueConstraint");
        for (int i = 0; i < added.getLength(); i++) {
            names.add(((Element) added.item(i)).getAttribute("constraintName"));
        }
        NodeList keys = document.getElementsByTagName("addPrimaryKey");
        for (int i = 0; i < keys.getLength(); i++) {
            names.add(((Element) keys.item(i)).getAttribute("constraintName"));
        }
        NodeList constraints = document.getElementsByTagName("constraints");
        for (int i = 0; i < constraints.getLength(); i++) {
            Element constraint = (Element) constraints.item(i);
            if ("true".equals(constraint.getAttribute("unique"))) {
                names.add(constraint.getAttribute("uniqueConstraintName"));
            }
        }
        return names.stream().map(name -> name.toLowerCase(Locale.ROOT)).toList();
    }
}
