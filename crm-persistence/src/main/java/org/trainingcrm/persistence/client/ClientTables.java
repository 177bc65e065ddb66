package org.trainingcrm.persistence.client;

import java.util.List;
import javax.sql.DataSource;
import org.trainingcrm.domain.client.ClientPorts;
import org.trainingcrm.domain.kernel.PortBundles;
import org.trainingcrm.persistence.jpa.DatabaseFeature;
import org.trainingcrm.persistence.jpa.JpaTransactions;
import org.trainingcrm.persistence.jpa.UniqueRule;

/** The client feature's stores on the database. */
public final class ClientTables implements DatabaseFeature {

    @Override
    public void keep(JpaTransactions transactions, DataSource dataSource, PortBundles bundles) {
        bundles.keep(ClientPorts.class, new ClientPorts(new JpaClients(transactions), new JpaIndustries(transactions)));
    }

    @Override
    public List<UniqueRule> uniqueRules() {
        return List.of(
                new UniqueRule("uq_industry_name_key", "industry.name.duplicate",
                        "the dictionary already holds an industry of that name"));
    }
}
