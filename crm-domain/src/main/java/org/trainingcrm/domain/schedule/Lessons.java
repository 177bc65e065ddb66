package org.trainingcrm.domain.schedule;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.trainingcrm.domain.people.PersonId;

/**
 * Port: the lessons of every group. Range queries on local times take lessons whose local
 * start lies in {@code [from, to)}; the overlap queries compare instants.
 */
public interface Lessons {

    Optional<Lesson> byId(LessonId id);

    void add(Lesson lesson);

    /** Marks a loaded lesson as changed; written when the transaction commits. */
    void update(Lesson lesson);

    /** Removes a lesson loaded in this transaction. */
    void remove(Lesson lesson);

    /** Every lesson of the group, in no particular order. */
    List<Lesson> ofGroup(GroupId group);

    List<Lesson> ofGroup(GroupId group, LocalDateTime from, LocalDateTime to);

    List<Lesson> ofRoom(RoomId room, LocalDateTime from, LocalDateTime to);

    List<Lesson> ofTeacher(PersonId teacher, LocalDateTime from, LocalDateTime to);

    /** The room's lessons that share any moment with {@code [from, to)}. */
    List<Lesson> inRoomDuring(RoomId room, Instant from, Instant to);

    /** The teacher's lessons that share any moment with {@code [from, to)}. */
    List<Lesson> ofTeacherDuring(PersonId teacher, Instant from, Instant to);
}
