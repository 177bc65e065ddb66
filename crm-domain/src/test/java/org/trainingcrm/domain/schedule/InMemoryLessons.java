package org.trainingcrm.domain.schedule;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Predicate;
import org.trainingcrm.domain.fixtures.InMemoryStore;
import org.trainingcrm.domain.fixtures.InMemoryTransactions;
import org.trainingcrm.domain.people.PersonId;

/** The Lessons port in memory. */
public final class InMemoryLessons extends InMemoryStore<LessonId, Lesson> implements Lessons {
    public InMemoryLessons(InMemoryTransactions transactions) {
        super("lesson", Lesson::id, transactions);
    }

    @Override
    public List<Lesson> ofGroup(GroupId group) {
        return where(l -> l.group().equals(group));
    }

    @Override
    public List<Lesson> ofGroup(GroupId group, LocalDateTime from, LocalDateTime to) {
        return where(l -> l.group().equals(group) && startsWithin(l, from, to));
    }

    @Override
    public List<Lesson> ofRoom(RoomId room, LocalDateTime from, LocalDateTime to) {
        return where(l -> l.room().equals(room) && startsWithin(l, from, to));
    }

    @Override
    public List<Lesson> ofTeacher(PersonId teacher, LocalDateTime from, LocalDateTime to) {
        return where(l -> l.teacher().equals(teacher) && startsWithin(l, from, to));
    }

    @Override
    public List<Lesson> inRoomDuring(RoomId room, Instant from, Instant to) {
        return where(l -> l.room().equals(room) && l.start().isBefore(to) && l.end().isAfter(from));
    }

    @Override
    public List<Lesson> ofTeacherDuring(PersonId teacher, Instant from, Instant to) {
        return where(l -> l.teacher().equals(teacher) && l.start().isBefore(to) && l.end().isAfter(from));
    }

    private List<Lesson> where(Predicate<Lesson> match) {
        return stream().filter(match).toList();
    }

    private static boolean startsWithin(Lesson lesson, LocalDateTime from, LocalDateTime to) {
        return !lesson.startsAt().isBefore(from) && lesson.startsAt().isBefore(to);
    }
}
