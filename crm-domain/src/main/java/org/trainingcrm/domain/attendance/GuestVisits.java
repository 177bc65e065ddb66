package org.trainingcrm.domain.attendance;

import java.util.List;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.schedule.LessonId;

/** Port: make-up and trial bookings on lessons. */
public interface GuestVisits {

    void add(GuestVisit visit);

    /** Every guest booked on the lesson, in no particular order. */
    List<GuestVisit> ofLesson(LessonId lesson);

    /** Every lesson the person is booked on as a guest, in no particular order. */
    List<GuestVisit> ofPerson(PersonId person);
}
