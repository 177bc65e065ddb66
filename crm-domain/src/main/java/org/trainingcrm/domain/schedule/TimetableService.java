package org.trainingcrm.domain.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.trainingcrm.domain.kernel.AccessPolicy;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.Permission;
import org.trainingcrm.domain.kernel.AuditEntry;
import org.trainingcrm.domain.kernel.AuditLog;
import org.trainingcrm.domain.kernel.AuditState;
import org.trainingcrm.domain.catalog.Courses;
import org.trainingcrm.domain.people.People;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.NotFound;
import org.trainingcrm.domain.kernel.RuleViolation;
import org.trainingcrm.domain.kernel.Transactions;

/**
 * Use cases of the timetable (K4): the lessons of a room, a teacher or a group over a day, a
 * week or any range, sorted by start; and moving one lesson, checked for double booking.
 */
public final class TimetableService {

    private final Lessons lessons;
    private final Groups groups;
    private final Rooms rooms;
    private final TimetableEntries entries;
    private final BookingCheck bookings;
    private final AccessPolicy access;
    private final Transactions transactions;
    private final AuditLog audit;
    private final Clock clock;

    public TimetableService(Lessons lessons, Groups groups, Courses courses, Rooms rooms, People people,
            BookingLocks locks, AccessPolicy access, Transactions transactions, AuditLog audit, Clock clock) {
        this.lessons = lessons;
        this.groups = groups;
        this.rooms = rooms;
        this.entries = new TimetableEntries(groups, courses, rooms, people);
        this.bookings = new BookingCheck(lessons, locks);
        this.access = access;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The room's lessons starting within the range, by start. */
    public List<TimetableEntry> ofRoom(Actor actor, RoomId roomId, DateRange range) {
        return transactions.inTransaction(() -> entries.of(roomLessons(actor, roomId, range)));
    }

    /** The teacher's lessons starting within the range, in the branches the actor sees, by start. */
    public List<TimetableEntry> ofTeacher(Actor actor, PersonId teacher, DateRange range) {
        return transactions.inTransaction(() -> entries.of(teacherLessons(actor, teacher, range)));
    }

    /** The group's lessons starting within the range, by start. */
    public List<TimetableEntry> ofGroup(Actor actor, GroupId groupId, DateRange range) {
        return transactions.inTransaction(() -> entries.of(groupLessons(actor, groupId, range)));
    }

    /** Every lesson of the group, by start. */
    public List<TimetableEntry> lessonsOf(Actor actor, GroupId groupId) {
        return transactions.inTransaction(() -> {
            visibleGroup(actor, SchedulePermission.TIMETABLE_READ, groupId);
            return entries.of(lessons.ofGroup(groupId));
        });
    }

    /** One lesson. */
    public TimetableEntry lesson(Actor actor, LessonId id) {
        return transactions.inTransaction(() -> {
            Lesson lesson = lessons.byId(id).orElseThrow(() -> new NotFound("lesson", id));
            visibleGroup(actor, SchedulePermission.TIMETABLE_READ, lesson.group());
            return entries.of(List.of(lesson)).get(0);
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
        transactions.run(() -> {
            Lesson lesson = lessons.byId(id).orElseThrow(() -> new NotFound("lesson", id));
            Group group = visibleGroup(actor, SchedulePermission.TIMETABLE_EDIT, lesson.group());
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
            AuditState before = stateOf(lesson);
            Duration length = Duration.between(lesson.start(), lesson.end());
            if (lesson.reschedule(LessonTime.of(newStart, length, group.zone()), target, lesson.teacher())) {
                bookings.refuseClashes(List.of(lesson), other -> other.id().equals(id));
                lessons.update(lesson);
                audit.record(new AuditEntry(clock.instant(), actor.user(), "lesson.move", "lesson", id, before,
                        stateOf(lesson)));
            }
        });
    }

    private List<Lesson> roomLessons(Actor actor, RoomId roomId, DateRange range) {
        access.require(actor, SchedulePermission.TIMETABLE_READ);
        Room room = rooms.byId(roomId).orElseThrow(() -> new NotFound("room", roomId));
        access.require(actor, SchedulePermission.TIMETABLE_READ, room.branch());
        return lessons.ofRoom(roomId, range.start(), range.endExclusive());
    }

    private List<Lesson> teacherLessons(Actor actor, PersonId teacher, DateRange range) {
        access.require(actor, SchedulePermission.TIMETABLE_READ);
        var scope = access.scopeOf(actor);
        return lessons.ofTeacher(teacher, range.start(), range.endExclusive()).stream()
                .filter(l -> scope.includes(l.branch())).toList();
    }

    private List<Lesson> groupLessons(Actor actor, GroupId groupId, DateRange range) {
        visibleGroup(actor, SchedulePermission.TIMETABLE_READ, groupId);
        return lessons.ofGroup(groupId, range.start(), range.endExclusive());
    }

    /** The lessons a calendar export covers; shared with {@link CalendarService}. */
    List<TimetableEntry> entriesOf(Actor actor, CalendarSubject subject, Object id, DateRange range) {
        List<Lesson> found = switch (subject) {
            case ROOM -> roomLessons(actor, (RoomId) id, range);
            case TEACHER -> teacherLessons(actor, (PersonId) id, range);
            case GROUP -> groupLessons(actor, (GroupId) id, range);
        };
        return entries.of(found);
    }

    /** Whose timetable a calendar shows. */
    enum CalendarSubject {
        ROOM,
        TEACHER,
        GROUP
    }

    private Group visibleGroup(Actor actor, Permission permission, GroupId id) {
        return access.visible(actor, permission, "group", id, () -> groups.byId(id), Group::branch);
    }

    private static AuditState stateOf(Lesson lesson) {
        return new AuditState().with("group", lesson.group()).with("room", lesson.room())
                .with("teacher", lesson.teacher()).with("startsAt", lesson.startsAt()).with("endsAt", lesson.endsAt())
                .with("zone", lesson.zone()).with("sequence", lesson.sequence());
    }
}
