package org.trainingcrm.persistence.enrollment;

import java.util.List;
import javax.sql.DataSource;
import org.trainingcrm.domain.enrollment.EnrollmentPorts;
import org.trainingcrm.domain.kernel.PortBundles;
import org.trainingcrm.persistence.jpa.DatabaseFeature;
import org.trainingcrm.persistence.jpa.JpaTransactions;
import org.trainingcrm.persistence.jpa.UniqueRule;

/** The enrollment feature's stores on the database. */
public final class EnrollmentTables implements DatabaseFeature {

    @Override
    public void keep(JpaTransactions transactions, DataSource dataSource, PortBundles bundles) {
        bundles.keep(EnrollmentPorts.class, new EnrollmentPorts(new JpaEnrollments(transactions),
                new JpaWithdrawalReasons(transactions), new JpaPromotions(transactions),
                new JpaStudentNotes(transactions), new JpaNoticeOutbox(transactions)));
    }

    @Override
    public List<UniqueRule> uniqueRules() {
        return List.of(
                new UniqueRule("uq_withdrawal_reason_name_key", "withdrawalReason.name.duplicate",
                        "the dictionary already holds a withdrawal reason of that name"),
                new UniqueRule("uq_enrollment_group_ticket", "enrollment.ticket.duplicate",
                        "another request took the same place in the group's order; try again"));
    }
}
