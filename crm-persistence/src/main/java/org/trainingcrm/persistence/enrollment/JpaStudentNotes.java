package org.trainingcrm.persistence.enrollment;

import java.util.List;
import java.util.UUID;
import org.trainingcrm.domain.enrollment.EnrollmentId;
import org.trainingcrm.domain.enrollment.StudentNote;
import org.trainingcrm.domain.enrollment.StudentNotes;
import org.trainingcrm.persistence.jpa.JpaTransactions;
import org.trainingcrm.persistence.jpa.JpaRepository;

/** Notes about students in the CRM database. */
public final class JpaStudentNotes extends JpaRepository<StudentNote, UUID> implements StudentNotes {

    public JpaStudentNotes(JpaTransactions transactions) {
        super(transactions, StudentNote.class);
    }

    @Override
    public List<StudentNote> ofEnrollment(EnrollmentId enrollment) {
        return em().createQuery("select n from StudentNote n where n.enrollment = :e", StudentNote.class)
                .setParameter("e", enrollment).getResultList();
    }
}
