package org.trainingcrm.persistence.attendance;

import javax.sql.DataSource;
import org.trainingcrm.domain.attendance.AttendancePorts;
import org.trainingcrm.domain.kernel.PortBundles;
import org.trainingcrm.persistence.jpa.DatabaseFeature;
import org.trainingcrm.persistence.jpa.JpaTransactions;

/** The attendance feature's stores on the database. */
public final class AttendanceTables implements DatabaseFeature {

    @Override
    public void keep(JpaTransactions transactions, DataSource dataSource, PortBundles bundles) {
        bundles.keep(AttendancePorts.class, new AttendancePorts(new JpaAttendanceMarks(transactions),
                new JpaGuestVisits(transactions)));
    }
}
