package org.trainingcrm.persistence.enrollment;

import java.util.Collection;
import java.util.List;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.enrollment.Enrollment;
import org.trainingcrm.domain.enrollment.EnrollmentId;
import org.trainingcrm.domain.enrollment.Enrollments;
import org.trainingcrm.domain.schedule.GroupId;
import org.trainingcrm.persistence.jpa.JpaTransactions;
import org.trainingcrm.persistence.jpa.JpaRepository;

/** The enrollments in the CRM database. */
public final class JpaEnrollments extends JpaRepository<Enrollment, EnrollmentId> implements Enrollments {

    public JpaEnrollments(JpaTransactions transactions) {
        super(transactions, Enrollment.class);
    }

    @Override
    public List<Enrollment> ofGroup(GroupId group) {
        return em().createQuery("select e from Enrollment e where e.group = :group", Enrollment.class)
                .setParameter("group", group).getResultList();
    }

    @Override
    public List<Enrollment> ofStudents(Collection<PersonId> students) {
        if (students.isEmpty()) {
            return List.of();
        }
        return em().createQuery("select e from Enrollment e where e.student in :students", Enrollment.class)
                .setParameter("students", List.copyOf(students)).getResultList();
    }
}
