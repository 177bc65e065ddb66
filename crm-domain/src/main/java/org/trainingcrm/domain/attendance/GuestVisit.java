package org.trainingcrm.domain.attendance;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.trainingcrm.domain.kernel.UserId;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.schedule.GroupId;
import org.trainingcrm.domain.schedule.LessonId;
import org.trainingcrm.domain.enrollment.Enrollment;
import org.trainingcrm.domain.enrollment.EnrollmentId;

/**
 * A guest's booking on one lesson (E8): a make-up for a lesson missed in the student's own group,
 * or a trial for a prospect. Guests take the lesson's spare seats: its group's seats less the
 * enrolled students and the guests already booked.
 */
public class GuestVisit {

    private VisitId id;
    private VisitKind kind;
    private LessonId lesson;
    private GroupId group;
    private PersonId person;
    private EnrollmentId enrollment;
    private LessonId missedLesson;
    private UserId bookedBy;
    private Instant bookedAt;
    private long version;

    protected GuestVisit() {
    }

    private GuestVisit(VisitKind kind, LessonId lesson, GroupId group, PersonId person, UserId bookedBy, Instant at) {
        this.id = VisitId.newId();
        this.kind = kind;
        this.lesson = Objects.requireNonNull(lesson, "lesson");
        this.group = Objects.requireNonNull(group, "group");
        this.person = Objects.requireNonNull(person, "person");
        this.bookedBy = Objects.requireNonNull(bookedBy, "bookedBy");
        this.bookedAt = Objects.requireNonNull(at, "at");
    }

    /** The student of the enrollment makes up the missed lesson in the given lesson of another group. */
    public static GuestVisit makeUp(Enrollment enrollment, LessonId missed, LessonId lesson, GroupId group,
            UserId bookedBy, Instant at) {
        GuestVisit visit = new GuestVisit(VisitKind.MAKE_UP, lesson, group, enrollment.student(), bookedBy, at);
        visit.enrollment = enrollment.id();
        visit.missedLesson = Objects.requireNonNull(missed, "missed");
        return visit;
    }

    /** A prospect tries the lesson. */
    public static GuestVisit trial(PersonId prospect, LessonId lesson, GroupId group, UserId bookedBy, Instant at) {
        return new GuestVisit(VisitKind.TRIAL, lesson, group, prospect, bookedBy, at);
    }

    public VisitId id() {
        return id;
    }

    public VisitKind kind() {
        return kind;
    }

    public LessonId lesson() {
        return lesson;
    }

    /** The group whose lesson it is. */
    public GroupId group() {
        return group;
    }

    public PersonId person() {
        return person;
    }

    /** For a make-up, the student's enrollment in their own group. */
    public Optional<EnrollmentId> enrollment() {
        return Optional.ofNullable(enrollment);
    }

    /** For a make-up, the lesson of their own group they missed. */
    public Optional<LessonId> missedLesson() {
        return Optional.ofNullable(missedLesson);
    }

    public Instant bookedAt() {
        return bookedAt;
    }

    public long version() {
        return version;
    }
}
