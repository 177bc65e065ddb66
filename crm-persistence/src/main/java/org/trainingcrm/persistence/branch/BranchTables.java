package org.trainingcrm.persistence.branch;

import javax.sql.DataSource;
import org.trainingcrm.domain.branch.BranchPorts;
import org.trainingcrm.domain.kernel.PortBundles;
import org.trainingcrm.persistence.jpa.DatabaseFeature;
import org.trainingcrm.persistence.jpa.JpaTransactions;

/** The branch feature's stores on the database. */
public final class BranchTables implements DatabaseFeature {

    @Override
    public void keep(JpaTransactions transactions, DataSource dataSource, PortBundles bundles) {
        bundles.keep(BranchPorts.class, new BranchPorts(new JpaBranches(transactions)));
    }
}
