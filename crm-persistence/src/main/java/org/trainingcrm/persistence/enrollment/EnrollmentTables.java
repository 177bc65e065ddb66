package org.trainingcrm.persistence.enrollment;

import javax.sql.DataSource;
import org.trainingcrm.domain.enrollment.EnrollmentPorts;
import org.trainingcrm.domain.kernel.PortBundles;
import org.trainingcrm.persistence.jpa.DatabaseFeature;
import org.trainingcrm.persistence.jpa.JpaTransactions;

/** The enrollment feature's stores on the database. */
public final class EnrollmentTables implements DatabaseFeature {

    @Override
    public void keep(JpaTransactions transactions, DataSource dataSource, PortBundles bundles) {
        bundles.keep(EnrollmentPorts.class, new EnrollmentPorts(new JpaEnrollments(transactions),
                new JpaWithdrawalReasons(transactions), new JpaPromotions(transactions),
                new JpaStudentNotes(transactions), new JpaNoticeOutbox(transactions)));
    }
}
