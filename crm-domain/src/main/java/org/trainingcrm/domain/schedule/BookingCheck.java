package org.trainingcrm.domain.schedule;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.trainingcrm.domain.people.PersonId;

/**
 * The double-booking rule (K4): no room and no teacher in two lessons at once, across groups.
 *
 * <p>Why locks and not only a re-check: two transactions booking the same room at the same
 * moment would each read the other's lessons as not yet there, both pass, and both commit. So
 * the check first holds the rooms' and teachers' calendars ({@link BookingLocks}: on a database,
 * a row lock on each room and teacher, taken in id order so two bookings never wait on each other
 * in a circle) and only then reads what is booked. A concurrent booking of the same room or
 * teacher waits for the lock and then reads the lessons the first one committed.
 */
final class BookingCheck {

    private static final Comparator<Lesson> BY_START = Comparator.comparing(Lesson::start)
            .thenComparing(l -> l.id().value());

    private final Lessons lessons;
    private final BookingLocks locks;

    BookingCheck(Lessons lessons, BookingLocks locks) {
        this.lessons = lessons;
        this.locks = locks;
    }

    /**
     * Refuses the first candidate that shares a moment with a booked lesson of its room or teacher.
     *
     * @param ignored booked lessons that do not count: the candidates' own earlier versions
     * @throws BookingClash naming the resource and the lesson already booked
     */
    void refuseClashes(Collection<Lesson> candidates, Predicate<Lesson> ignored) {
        if (candidates.isEmpty()) {
            return;
        }
        Map<RoomId, List<Lesson>> byRoom = grouped(candidates, Lesson::room, Comparator.comparing(RoomId::value));
        Map<PersonId, List<Lesson>> byTeacher = grouped(candidates, Lesson::teacher,
                Comparator.comparing(PersonId::value));
        locks.hold(byRoom.keySet(), byTeacher.keySet());
        byRoom.forEach((room, wanted) -> refuse(BookingClash.Resource.ROOM, room, wanted,
                lessons.inRoomDuring(room, earliest(wanted), latest(wanted)), ignored));
        byTeacher.forEach((teacher, wanted) -> refuse(BookingClash.Resource.TEACHER, teacher, wanted,
                lessons.ofTeacherDuring(teacher, earliest(wanted), latest(wanted)), ignored));
    }

    private static void refuse(BookingClash.Resource resource, Object id, List<Lesson> wanted, List<Lesson> booked,
            Predicate<Lesson> ignored) {
        List<Lesson> others = booked.stream().filter(ignored.negate()).sorted(BY_START).toList();
        for (Lesson candidate : wanted) {
            LessonTime time = candidate.time();
            for (Lesson other : others) {
                if (!other.id().equals(candidate.id()) && other.overlaps(time)) {
                    throw new BookingClash(resource, id, time, ClashingLesson.of(other));
                }
            }
        }
    }

    private static <K> Map<K, List<Lesson>> grouped(Collection<Lesson> candidates, Function<Lesson, K> key,
            Comparator<K> order) {
        return candidates.stream().sorted(BY_START)
                .collect(Collectors.groupingBy(key, () -> new TreeMap<>(order), Collectors.toList()));
    }

    private static Instant earliest(List<Lesson> lessons) {
        return lessons.stream().map(Lesson::start).min(Comparator.naturalOrder()).orElseThrow();
    }

    private static Instant latest(List<Lesson> lessons) {
        return lessons.stream().map(Lesson::end).max(Comparator.naturalOrder()).orElseThrow();
    }
}
