package org.trainingcrm.persistence.attendance;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.trainingcrm.domain.attendance.AttendanceMark;
import org.trainingcrm.domain.attendance.AttendanceMarks;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.schedule.LessonId;
import org.trainingcrm.persistence.jpa.JpaTransactions;
import org.trainingcrm.persistence.jpa.JpaRepository;

/** Attendance marks in the CRM database. */
public final class JpaAttendanceMarks extends JpaRepository<AttendanceMark, UUID> implements AttendanceMarks {

    public JpaAttendanceMarks(JpaTransactions transactions) {
        super(transactions, AttendanceMark.class);
    }

    @Override
    public Optional<AttendanceMark> of(LessonId lesson, PersonId person) {
        return em().createQuery("select m from AttendanceMark m where m.lesson = :lesson and m.person = :person",
                AttendanceMark.class).setParameter("lesson", lesson).setParameter("person", person)
                .getResultStream().findFirst();
    }

    @Override
    public List<AttendanceMark> ofLessons(Collection<LessonId> lessons) {
        if (lessons.isEmpty()) {
            return List.of();
        }
        return em().createQuery("select m from AttendanceMark m where m.lesson in :lessons", AttendanceMark.class)
                .setParameter("lessons", List.copyOf(lessons)).getResultList();
    }
}
