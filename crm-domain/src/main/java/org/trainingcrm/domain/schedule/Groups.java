package org.trainingcrm.domain.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.trainingcrm.domain.catalog.CourseId;

/** Port: the groups that run courses. */
public interface Groups {

    Optional<Group> byId(GroupId id);

    void add(Group group);

    /** Marks a loaded group as changed; written when the transaction commits. */
    void update(Group group);

    /** Every group of the course, in no particular order. */
    List<Group> ofCourse(CourseId course);

    /** Every group whose lessons are held in the room by default, in no particular order. */
    List<Group> usingRoom(RoomId room);

    /**
     * Holds the group's seats until the current transaction ends (E2): enrollments into the same
     * group take turns, so none of them counts the seats before another's seat is written.
     */
    void lockForEnrollment(GroupId group);

    /** Every group whose first day lies in {@code [from, to]}, in no particular order. */
    List<Group> startingBetween(LocalDate from, LocalDate to);
}
