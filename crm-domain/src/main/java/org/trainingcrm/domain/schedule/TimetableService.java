package org.trainingcrm.domain.schedule;

import static org.trainingcrm.domain.schedule.SchedulePermission.TIMETABLE_EDIT;
import static org.trainingcrm.domain.schedule.SchedulePermission.TIMETABLE_READ;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.trainingcrm.domain.catalog.CatalogPorts;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.AuditState;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.Records;
import org.trainingcrm.domain.kernel.RuleViolation;
import org.trainingcrm.domain.kernel.UseCases;
import org.trainingcrm.domain.people.PeoplePorts;
import org.trainingcrm.domain.people.PersonId;

/**
 * Use cases of the timetable (K4): the lessons of a room, a teacher or a group over a day, a
 * week or any range, sorted by start; and moving one lesson, checked for double booking.
 */
public final class TimetableService {

    private final Lessons lessons;
    private final Rooms rooms;
    private final Records<Lesson, LessonId> lessonRecords;
    private final Records<Group, GroupId> groups;
    private final TimetableQueries queries;
    private final BookingCheck bookings;
    private final UseCases useCases;

    public TimetableService(SchedulePorts schedule, CatalogPorts catalog, PeoplePorts people, UseCases useCases) {
        this.lessons = schedule.lessons();
        this.rooms = schedule.rooms();
        this.lessonRecords = ScheduleRecords.lessons(schedule);
        this.groups = ScheduleRecords.groups(schedule);
        this.queries = new TimetableQueries(schedule, catalog, people);
        this.bookings = new BookingCheck(schedule.lessons(), schedule.bookingLocks());
        this.useCases = useCases;
    }

    /** The room's lessons starting within the range, by start. */
    public List<TimetableEntry> ofRoom(Actor actor, RoomId roomId, DateRange range) {
        return useCases.read(actor, TIMETABLE_READ,
                uc -> queries.entriesOf(uc, TimetableQueries.Subject.ROOM, roomId, range));
    }

    /** The teacher's lessons starting within the range, in the branches the actor sees, by start. */
    public List<TimetableEntry> ofTeacher(Actor actor, PersonId teacher, DateRange range) {
        return useCases.read(actor, TIMETABLE_READ,
                uc -> queries.entriesOf(uc, TimetableQueries.Subject.TEACHER, teacher, range));
    }

    /** The group's lessons starting within the range, by start. */
    public List<TimetableEntry> ofGroup(Actor actor, GroupId groupId, DateRange range) {
        return useCases.read(actor, TIMETABLE_READ,
                uc -> queries.entriesOf(uc, TimetableQueries.Subject.GROUP, groupId, range));
    }

    /** Every lesson of the group, by start. */
    public List<TimetableEntry> lessonsOf(Actor actor, GroupId groupId) {
        return useCases.read(actor, TIMETABLE_READ, uc -> {
            uc.load(groups, groupId);
            return queries.entriesOf(lessons.ofGroup(groupId));
        });
    }

    /** One lesson. */
    public TimetableEntry lesson(Actor actor, LessonId id) {
        return useCases.read(actor, TIMETABLE_READ, uc -> {
            Lesson lesson = uc.load(lessonRecords, id);
            uc.load(groups, lesson.group());
            return queries.entriesOf(List.of(lesson)).get(0);
        });
    }

    /**
     * Moves one lesson to a new local start (in the group's zone), keeping its length, and
     * optionally to another room of the branch; its SEQUENCE goes up.
     *
     * @param room the new room, or null to stay
     * @throws BookingClash when the room or the teacher is taken at the new time
     * @throws RuleViolation {@code lesson.attended} when attendance has been taken
     */
    public void moveLesson(Actor actor, LessonId id, LocalDateTime newStart, RoomId room) {
        useCases.perform(actor, TIMETABLE_EDIT, uc -> {
            Lesson lesson = uc.load(lessonRecords, id);
            Group group = uc.load(groups, lesson.group());
            if (!group.status().isActive()) {
                throw new RuleViolation("group.closed", "group " + group.id() + " is " + group.status());
            }
            if (newStart == null) {
                throw new InvalidValue("lesson.startsAt", null, "is required");
            }
            RoomId target = room == null ? lesson.room() : room;
            Room newRoom = rooms.byId(target).filter(r -> r.branch().equals(group.branch()))
                    .orElseThrow(() -> new InvalidValue("lesson.room", target, "no such room in the group's branch"));
            if (newRoom.seats() < group.seats()) {
                throw new InvalidValue("lesson.room", target, "room " + newRoom.name() + " holds only "
                        + newRoom.seats() + " of the group's " + group.seats());
            }
            AuditState before = ScheduleRecords.stateOf(lesson);
            Duration length = Duration.between(lesson.start(), lesson.end());
            // saved and audited only when the time or room changed, and after the booking check
            if (lesson.reschedule(LessonTime.of(newStart, length, group.zone()), target, lesson.teacher())) {
                bookings.refuseClashes(List.of(lesson), other -> other.id().equals(id));
                lessons.update(lesson);
                uc.audit("lesson.move", lessonRecords.entity(), id, before, ScheduleRecords.stateOf(lesson));
            }
        });
    }
}
