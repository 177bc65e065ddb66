package org.trainingcrm.domain.attendance;

import java.util.List;
import org.trainingcrm.domain.fixtures.InMemoryStore;
import org.trainingcrm.domain.fixtures.InMemoryTransactions;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.schedule.LessonId;

/** The GuestVisits port in memory. */
public final class InMemoryGuestVisits extends InMemoryStore<VisitId, GuestVisit> implements GuestVisits {
    public InMemoryGuestVisits(InMemoryTransactions transactions) {
        super("guestVisit", GuestVisit::id, transactions);
    }

    @Override
    public List<GuestVisit> ofLesson(LessonId lesson) {
        return stream().filter(v -> v.lesson().equals(lesson)).toList();
    }

    @Override
    public List<GuestVisit> ofPerson(PersonId person) {
        return stream().filter(v -> v.person().equals(person)).toList();
    }
}
