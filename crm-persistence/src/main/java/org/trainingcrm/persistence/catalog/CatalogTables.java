package org.trainingcrm.persistence.catalog;

import java.util.List;
import javax.sql.DataSource;
import org.trainingcrm.domain.catalog.CatalogPorts;
import org.trainingcrm.domain.kernel.PortBundles;
import org.trainingcrm.persistence.jpa.DatabaseFeature;
import org.trainingcrm.persistence.jpa.JpaTransactions;
import org.trainingcrm.persistence.jpa.UniqueRule;

/** The catalog feature's stores on the database. */
public final class CatalogTables implements DatabaseFeature {

    @Override
    public void keep(JpaTransactions transactions, DataSource dataSource, PortBundles bundles) {
        bundles.keep(CatalogPorts.class, new CatalogPorts(new JpaCourses(transactions),
                new JpaCourseDocuments(transactions), new JpaDirections(transactions)));
    }

    @Override
    public List<UniqueRule> uniqueRules() {
        return List.of(
                new UniqueRule("uq_direction_name_key", "direction.name.duplicate",
                        "the dictionary already holds a direction of that name"));
    }
}
