package org.trainingcrm.persistence.jpa;

import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.trainingcrm.domain.kernel.PortBundles;

/**
 * One feature's share of the database store: its mapping file, its changelog, and the port
 * bundle it keeps, built on the store's transactions. The registry of database features lists
 * each once, in the order of their foreign keys; the store builds its persistence unit and runs
 * its migration from that list, so a new feature touches no central XML.
 */
public interface DatabaseFeature {

    /** The feature's Jakarta Persistence mapping file on the class path: {@code orm.xml} beside its stores. */
    default Optional<String> mappingFile() {
        return Optional.of(besideStores("orm.xml"));
    }

    /** The feature's Liquibase changelog on the class path: {@code changelog.xml} beside its stores. */
    default Optional<String> changelog() {
        return Optional.of(besideStores("changelog.xml"));
    }

    /**
     * The unique constraints of the feature's changelog that protect a business rule, each with
     * that rule: a duplicate lost in a race surfaces as the rule's {@code RuleViolation}.
     */
    default List<UniqueRule> uniqueRules() {
        return List.of();
    }

    /** Keeps the feature's bundle of JPA (or JDBC) stores. */
    void keep(JpaTransactions transactions, DataSource dataSource, PortBundles bundles);

    private String besideStores(String name) {
        return getClass().getPackageName().replace('.', '/') + "/" + name;
    }
}
