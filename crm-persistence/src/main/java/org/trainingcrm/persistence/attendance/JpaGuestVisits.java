package org.trainingcrm.persistence.attendance;

import java.util.List;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.attendance.GuestVisit;
import org.trainingcrm.domain.attendance.GuestVisits;
import org.trainingcrm.domain.attendance.VisitId;
import org.trainingcrm.domain.schedule.LessonId;
import org.trainingcrm.persistence.jpa.JpaTransactions;
import org.trainingcrm.persistence.jpa.JpaRepository;

/** Make-up and trial bookings in the CRM database. */
public final class JpaGuestVisits extends JpaRepository<GuestVisit, VisitId> implements GuestVisits {

    public JpaGuestVisits(JpaTransactions transactions) {
        super(transactions, GuestVisit.class);
    }

    @Override
    public List<GuestVisit> ofLesson(LessonId lesson) {
        return em().createQuery("select v from GuestVisit v where v.lesson = :lesson", GuestVisit.class)
                .setParameter("lesson", lesson).getResultList();
    }

    @Override
    public List<GuestVisit> ofPerson(PersonId person) {
        return em().createQuery("select v from GuestVisit v where v.person = :person", GuestVisit.class)
                .setParameter("person", person).getResultList();
    }
}
