package org.trainingcrm.persistence.attendance;

import java.util.List;
import javax.sql.DataSource;
import org.trainingcrm.domain.attendance.AttendancePorts;
import org.trainingcrm.domain.kernel.PortBundles;
import org.trainingcrm.persistence.jpa.DatabaseFeature;
import org.trainingcrm.persistence.jpa.JpaTransactions;
import org.trainingcrm.persistence.jpa.UniqueRule;

/** The attendance feature's stores on the database. */
public final class AttendanceTables implements DatabaseFeature {

    @Override
    public void keep(JpaTransactions transactions, DataSource dataSource, PortBundles bundles) {
        bundles.keep(AttendancePorts.class, new AttendancePorts(new JpaAttendanceMarks(transactions),
                new JpaGuestVisits(transactions)));
    }

    @Override
    public List<UniqueRule> uniqueRules() {
        return List.of(
                new UniqueRule("uq_guest_visit_lesson_person", "visit.duplicate",
                        "the person is already booked on this lesson"),
                new UniqueRule("uq_attendance_lesson_person", "attendance.duplicate",
                        "the student's attendance of this lesson is marked already"));
    }
}
