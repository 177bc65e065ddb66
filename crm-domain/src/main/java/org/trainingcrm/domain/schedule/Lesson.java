package org.trainingcrm.domain.schedule;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import org.trainingcrm.domain.kernel.BranchId;
import org.trainingcrm.domain.catalog.CourseId;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.kernel.RuleViolation;

/**
 * One lesson of a group (K4): when (local to the group's zone), where, who teaches, and
 * whether attendance has been taken.
 *
 * <p>Attendance lives in the enrollment feature; when it records the first mark for a lesson it
 * calls {@link #markAttended()} (and {@link #clearAttendance()} when the last mark is withdrawn).
 * A lesson with attendance is history: regenerating the timetable keeps it as it is, with its id.
 *
 * <p>The start and end are kept twice: local, for the timetable by day, and in UTC, so that
 * lessons of groups in different zones (or either side of a daylight-saving change) compare
 * correctly when a room or a teacher is checked for double booking.
 */
public class Lesson {

    private LessonId id;
    private GroupId group;
    private BranchId branch;
    private CourseId course;
    private RoomId room;
    private PersonId teacher;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private String zone;
    private LocalDateTime startsAtUtc;
    private LocalDateTime endsAtUtc;
    private int sequence;
    private boolean attended;
    private long version;

    protected Lesson() {
    }

    /** A new lesson of the group at the given time, in the group's room, with the group's teacher. */
    public Lesson(LessonId id, Group group, LessonTime time) {
        this.id = Objects.requireNonNull(id, "id");
        this.group = group.id();
        this.branch = group.branch();
        this.course = group.course();
        this.room = group.room();
        this.teacher = group.teacher();
        place(time);
    }

    /**
     * Moves the lesson in time or to another room or teacher; when anything changes, its
     * iCalendar SEQUENCE goes up so calendars that imported it update it.
     *
     * @return true when anything changed
     * @throws RuleViolation {@code lesson.attended} when attendance has been taken: the lesson happened
     */
    public boolean reschedule(LessonTime time, RoomId newRoom, PersonId newTeacher) {
        if (attended) {
            throw new RuleViolation("lesson.attended",
                    "lesson " + id + " has attendance marked and can no longer be moved");
        }
        boolean changed = !time.startInstant().equals(start()) || !time.endInstant().equals(end())
                || !time.start().getZone().equals(zone()) || !newRoom.equals(room) || !newTeacher.equals(teacher);
        if (changed) {
            place(time);
            room = Objects.requireNonNull(newRoom, "room");
            teacher = Objects.requireNonNull(newTeacher, "teacher");
            sequence++;
        }
        return changed;
    }

    /** Records that attendance has been taken for this lesson. */
    public void markAttended() {
        attended = true;
    }

    /** Records that no attendance mark remains for this lesson. */
    public void clearAttendance() {
        attended = false;
    }

    /** True once attendance has been taken: regeneration keeps the lesson as it is. */
    public boolean hasAttendance() {
        return attended;
    }

    public LessonId id() {
        return id;
    }

    public GroupId group() {
        return group;
    }

    public BranchId branch() {
        return branch;
    }

    public CourseId course() {
        return course;
    }

    public RoomId room() {
        return room;
    }

    public PersonId teacher() {
        return teacher;
    }

    /** The local start in the lesson's zone. */
    public LocalDateTime startsAt() {
        return startsAt;
    }

    /** The local end in the lesson's zone. */
    public LocalDateTime endsAt() {
        return endsAt;
    }

    public ZoneId zone() {
        return ZoneId.of(zone);
    }

    public Instant start() {
        return startsAtUtc.toInstant(ZoneOffset.UTC);
    }

    public Instant end() {
        return endsAtUtc.toInstant(ZoneOffset.UTC);
    }

    public LessonTime time() {
        return new LessonTime(start().atZone(zone()), end().atZone(zone()));
    }

    /** The iCalendar SEQUENCE: how many times the lesson was moved. */
    public int sequence() {
        return sequence;
    }

    public long version() {
        return version;
    }

    /** True when the lesson shares any moment with the given time. */
    public boolean overlaps(LessonTime other) {
        return time().overlaps(other);
    }

    private void place(LessonTime time) {
        startsAt = time.start().toLocalDateTime();
        endsAt = time.end().toLocalDateTime();
        zone = time.start().getZone().getId();
        startsAtUtc = LocalDateTime.ofInstant(time.startInstant(), ZoneOffset.UTC);
        endsAtUtc = LocalDateTime.ofInstant(time.endInstant(), ZoneOffset.UTC);
    }
}
