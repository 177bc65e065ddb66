package org.trainingcrm.persistence.schedule;

import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.schedule.GroupId;
import org.trainingcrm.domain.schedule.Lesson;
import org.trainingcrm.domain.schedule.LessonId;
import org.trainingcrm.domain.schedule.Lessons;
import org.trainingcrm.domain.schedule.RoomId;
import org.trainingcrm.domain.schedule.ScheduleRule;
import org.trainingcrm.persistence.jpa.JpaTransactions;
import org.trainingcrm.persistence.jpa.JpaRepository;

/**
 * The lessons in the CRM database. Timetables read the (resource, local start) indexes; the
 * double-booking check reads the (resource, UTC start) indexes, bounded below by the longest
 * lesson allowed, so that even "what overlaps this hour" is a short index range.
 */
public final class JpaLessons extends JpaRepository<Lesson, LessonId> implements Lessons {

    public JpaLessons(JpaTransactions transactions) {
        super(transactions, Lesson.class);
    }

    @Override
    public void remove(Lesson lesson) {
        em().remove(lesson);
    }

    @Override
    public List<Lesson> ofGroup(GroupId group) {
        return em().createQuery("select l from Lesson l where l.group = :group", Lesson.class)
                .setParameter("group", group).getResultList();
    }

    @Override
    public List<Lesson> ofGroup(GroupId group, LocalDateTime from, LocalDateTime to) {
        return startingWithin("l.group = :owner", group, from, to);
    }

    @Override
    public List<Lesson> ofRoom(RoomId room, LocalDateTime from, LocalDateTime to) {
        return startingWithin("l.room = :owner", room, from, to);
    }

    @Override
    public List<Lesson> ofTeacher(PersonId teacher, LocalDateTime from, LocalDateTime to) {
        return startingWithin("l.teacher = :owner", teacher, from, to);
    }

    @Override
    public List<Lesson> inRoomDuring(RoomId room, Instant from, Instant to) {
        return during("l.room = :owner", room, from, to);
    }

    @Override
    public List<Lesson> ofTeacherDuring(PersonId teacher, Instant from, Instant to) {
        return during("l.teacher = :owner", teacher, from, to);
    }

    private List<Lesson> startingWithin(String owner, Object id, LocalDateTime from, LocalDateTime to) {
        return em().createQuery("select l from Lesson l where " + owner
                        + " and l.startsAt >= :from and l.startsAt < :to", Lesson.class)
                .setParameter("owner", id).setParameter("from", from).setParameter("to", to).getResultList();
    }

    private List<Lesson> during(String owner, Object id, Instant from, Instant to) {
        LocalDateTime start = utc(from);
        TypedQuery<Lesson> query = em().createQuery("select l from Lesson l where " + owner
                + " and l.startsAtUtc > :earliest and l.startsAtUtc < :to and l.endsAtUtc > :from", Lesson.class);
        return query.setParameter("owner", id)
                .setParameter("earliest", start.minus(ScheduleRule.MAX_LESSON_LENGTH))
                .setParameter("to", utc(to))
                .setParameter("from", start)
                .getResultList();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
