package org.trainingcrm.persistence.assignment;

import javax.sql.DataSource;
import org.trainingcrm.domain.assignment.AssignmentPorts;
import org.trainingcrm.domain.kernel.PortBundles;
import org.trainingcrm.persistence.jpa.DatabaseFeature;
import org.trainingcrm.persistence.jpa.JpaTransactions;

/** The assignment feature's stores on the database. */
public final class AssignmentTables implements DatabaseFeature {

    @Override
    public void keep(JpaTransactions transactions, DataSource dataSource, PortBundles bundles) {
        bundles.keep(AssignmentPorts.class, new AssignmentPorts(new JpaAssignments(transactions),
                new JpaReassignments(transactions)));
    }
}
