package org.trainingcrm.domain.attendance;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.trainingcrm.domain.fixtures.InMemoryStore;
import org.trainingcrm.domain.fixtures.InMemoryTransactions;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.schedule.LessonId;

/** The AttendanceMarks port in memory. */
public final class InMemoryAttendanceMarks extends InMemoryStore<UUID, AttendanceMark> implements AttendanceMarks {
    public InMemoryAttendanceMarks(InMemoryTransactions transactions) {
        super("attendanceMark", AttendanceMark::id, transactions);
    }

    @Override
    public Optional<AttendanceMark> of(LessonId lesson, PersonId person) {
        return stream().filter(m -> m.lesson().equals(lesson) && m.person().equals(person)).findFirst();
    }

    @Override
    public List<AttendanceMark> ofLessons(Collection<LessonId> lessons) {
        return stream().filter(m -> lessons.contains(m.lesson())).toList();
    }
}
