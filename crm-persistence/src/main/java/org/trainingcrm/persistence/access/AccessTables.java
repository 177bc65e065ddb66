package org.trainingcrm.persistence.access;

import javax.sql.DataSource;
import org.trainingcrm.domain.access.AccessPorts;
import org.trainingcrm.domain.kernel.PortBundles;
import org.trainingcrm.persistence.jpa.DatabaseFeature;
import org.trainingcrm.persistence.jpa.JpaTransactions;

/** The access feature's stores on the database. */
public final class AccessTables implements DatabaseFeature {

    @Override
    public void keep(JpaTransactions transactions, DataSource dataSource, PortBundles bundles) {
        bundles.keep(AccessPorts.class, new AccessPorts(new JpaUsers(transactions)));
    }
}
