package org.trainingcrm.persistence.certificate;

import java.util.List;
import java.util.UUID;
import org.trainingcrm.domain.certificate.Grade;
import org.trainingcrm.domain.certificate.Grades;
import org.trainingcrm.domain.enrollment.EnrollmentId;
import org.trainingcrm.domain.schedule.GroupId;
import org.trainingcrm.persistence.jpa.JpaTransactions;
import org.trainingcrm.persistence.jpa.JpaRepository;

/** Grades in the CRM database. */
public final class JpaGrades extends JpaRepository<Grade, UUID> implements Grades {

    public JpaGrades(JpaTransactions transactions) {
        super(transactions, Grade.class);
    }

    @Override
    public List<Grade> ofEnrollment(EnrollmentId enrollment) {
        return em().createQuery("select g from Grade g where g.enrollment = :e", Grade.class)
                .setParameter("e", enrollment).getResultList();
    }

    @Override
    public List<Grade> ofGroup(GroupId group) {
        return em().createQuery("select g from Grade g where g.group = :group", Grade.class)
                .setParameter("group", group).getResultList();
    }
}
