package org.trainingcrm.domain.attendance;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.schedule.LessonId;

/** Port: attendance marks. */
public interface AttendanceMarks {

    Optional<AttendanceMark> of(LessonId lesson, PersonId person);

    void add(AttendanceMark mark);

    /** Marks a loaded mark as changed; written when the transaction commits. */
    void update(AttendanceMark mark);

    /** Every mark on the lessons, in no particular order. */
    List<AttendanceMark> ofLessons(Collection<LessonId> lessons);
}
