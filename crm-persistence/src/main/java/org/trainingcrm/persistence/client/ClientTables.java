package org.trainingcrm.persistence.client;

import javax.sql.DataSource;
import org.trainingcrm.domain.client.ClientPorts;
import org.trainingcrm.domain.kernel.PortBundles;
import org.trainingcrm.persistence.jpa.DatabaseFeature;
import org.trainingcrm.persistence.jpa.JpaTransactions;

/** The client feature's stores on the database. */
public final class ClientTables implements DatabaseFeature {

    @Override
    public void keep(JpaTransactions transactions, DataSource dataSource, PortBundles bundles) {
        bundles.keep(ClientPorts.class, new ClientPorts(new JpaClients(transactions), new JpaIndustries(transactions)));
    }
}
