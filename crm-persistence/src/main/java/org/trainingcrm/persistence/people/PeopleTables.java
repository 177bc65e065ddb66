package org.trainingcrm.persistence.people;

import javax.sql.DataSource;
import org.trainingcrm.domain.people.PeoplePorts;
import org.trainingcrm.domain.kernel.PortBundles;
import org.trainingcrm.persistence.jpa.DatabaseFeature;
import org.trainingcrm.persistence.jpa.JpaTransactions;

/** The people feature's stores on the database. */
public final class PeopleTables implements DatabaseFeature {

    @Override
    public void keep(JpaTransactions transactions, DataSource dataSource, PortBundles bundles) {
        bundles.keep(PeoplePorts.class, new PeoplePorts(new JpaPeople(transactions), new JpaMedicalNotes(transactions),
                new JpaReferrals(transactions)));
    }
}
