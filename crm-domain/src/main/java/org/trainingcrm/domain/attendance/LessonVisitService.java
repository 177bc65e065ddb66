package org.trainingcrm.domain.attendance;

import static org.trainingcrm.domain.enrollment.EnrollmentPermission.ENROLLMENT_READ;
import static org.trainingcrm.domain.enrollment.EnrollmentPermission.ENROLLMENT_WRITE;

import java.util.Comparator;
import java.util.List;
import org.trainingcrm.domain.enrollment.Enrollment;
import org.trainingcrm.domain.enrollment.EnrollmentId;
import org.trainingcrm.domain.enrollment.EnrollmentPorts;
import org.trainingcrm.domain.enrollment.EnrollmentRecords;
import org.trainingcrm.domain.enrollment.EnrollmentStatus;
import org.trainingcrm.domain.enrollment.Enrollments;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.AuditState;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.Records;
import org.trainingcrm.domain.kernel.RuleViolation;
import org.trainingcrm.domain.kernel.UseCase;
import org.trainingcrm.domain.kernel.UseCases;
import org.trainingcrm.domain.people.People;
import org.trainingcrm.domain.people.PeoplePorts;
import org.trainingcrm.domain.people.Person;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.schedule.Group;
import org.trainingcrm.domain.schedule.GroupId;
import org.trainingcrm.domain.schedule.Groups;
import org.trainingcrm.domain.schedule.Lesson;
import org.trainingcrm.domain.schedule.LessonId;
import org.trainingcrm.domain.schedule.SchedulePorts;
import org.trainingcrm.domain.schedule.ScheduleRecords;

/**
 * Make-up and trial lessons (E8). A guest takes one of the lesson's spare seats: its group's
 * seats, less the students seated in the group, less the guests already booked on the lesson.
 * Bookings take the group's seat lock, as enrollments do, so the last spare seat goes once.
 */
public final class LessonVisitService {

    private final GuestVisits visits;
    private final AttendanceMarks marks;
    private final Enrollments enrollments;
    private final Groups groups;
    private final People people;
    private final Records<Enrollment, EnrollmentId> enrollmentRecords;
    private final Records<Group, GroupId> groupRecords;
    private final Records<Lesson, LessonId> lessons;
    private final Records<Person, PersonId> personRecords;
    private final UseCases useCases;

    public LessonVisitService(AttendancePorts attendance, EnrollmentPorts enrollment, SchedulePorts schedule,
            PeoplePorts people, UseCases useCases) {
        this.visits = attendance.visits();
        this.marks = attendance.marks();
        this.enrollments = enrollment.enrollments();
        this.groups = schedule.groups();
        this.people = people.people();
        this.enrollmentRecords = EnrollmentRecords.enrollments(enrollment);
        this.groupRecords = ScheduleRecords.groups(schedule);
        this.lessons = ScheduleRecords.lessons(schedule);
        this.personRecords = EnrollmentRecords.people(people);
        this.useCases = useCases;
    }

    /**
     * Books the student of the enrollment into a lesson of another group of the same course to
     * make up a lesson of their own group.
     *
     * @throws InvalidValue {@code makeUp.missedLesson} when the missed lesson is not of the student's group
     * @throws RuleViolation {@code makeUp.notEnrolled}, {@code makeUp.notMissed} (marked present or late),
     *     {@code makeUp.ownGroup}, {@code makeUp.otherCourse}, {@code makeUp.duplicate}, {@code visit.closed},
     *     {@code visit.duplicate} or {@code visit.full}
     */
    public VisitId makeUp(Actor actor, EnrollmentId enrollmentId, LessonId missedId, LessonId lessonId) {
        return useCases.change(actor, ENROLLMENT_WRITE, uc -> {
            Enrollment enrollment = uc.load(enrollmentRecords, enrollmentId);
            if (enrollment.status() != EnrollmentStatus.ENROLLED) {
                throw new RuleViolation("makeUp.notEnrolled", "an enrollment that is " + enrollment.status()
                        + " has no lessons to make up");
            }
            Lesson missed = uc.find(lessons, missedId).filter(l -> l.group().equals(enrollment.group()))
                    .orElseThrow(() -> new InvalidValue("makeUp.missedLesson", missedId,
                            "is not a lesson of the student's group"));
            marks.of(missed.id(), enrollment.student()).filter(m -> m.status().came()).ifPresent(m -> {
                throw new RuleViolation("makeUp.notMissed", "the student was marked " + m.status()
                        + " on the lesson of " + missed.startsAt());
            });
            Lesson lesson = uc.load(lessons, lessonId);
            if (lesson.group().equals(enrollment.group())) {
                throw new RuleViolation("makeUp.ownGroup", "a make-up is a lesson of another group");
            }
            if (!lesson.course().equals(enrollment.course())) {
                throw new RuleViolation("makeUp.otherCourse", "lesson " + lessonId + " is of another course");
            }
            if (visits.ofPerson(enrollment.student()).stream()
                    .anyMatch(v -> v.missedLesson().filter(missedId::equals).isPresent())) {
                throw new RuleViolation("makeUp.duplicate", "the missed lesson of " + missed.startsAt()
                        + " is already being made up");
            }
            Group group = lockedGroupOf(uc, lesson);
            return booked(uc, GuestVisit.makeUp(enrollment, missedId, lessonId, group.id(), actor.user(),
                    uc.now()), group);
        });
    }

    /**
     * Books a prospect on a lesson to try it, without enrolling them.
     *
     * @throws InvalidValue {@code trial.person} when no such person exists
     * @throws RuleViolation {@code trial.enrolled} for a student of the group, {@code visit.closed},
     *     {@code visit.duplicate} or {@code visit.full}
     */
    public VisitId trial(Actor actor, LessonId lessonId, PersonId prospect) {
        return useCases.change(actor, ENROLLMENT_WRITE, uc -> {
            Lesson lesson = uc.load(lessons, lessonId);
            if (EnrollmentRecords.person(uc, personRecords, prospect).isEmpty()) {
                throw new InvalidValue("trial.person", prospect, "no such person");
            }
            Group group = lockedGroupOf(uc, lesson);
            if (enrollments.ofGroup(group.id()).stream()
                    .anyMatch(e -> e.student().equals(prospect) && e.status().isActive())) {
                throw new RuleViolation("trial.enrolled", "the person is already enrolled in group " + group.name());
            }
            return booked(uc, GuestVisit.trial(prospect, lessonId, group.id(), actor.user(), uc.now()), group);
        });
    }

    /** The lesson's spare seats for guests now. */
    public int spareSeats(Actor actor, LessonId lessonId) {
        return useCases.read(actor, ENROLLMENT_READ, uc -> {
            Lesson lesson = uc.load(lessons, lessonId);
            return spare(uc.load(groupRecords, lesson.group()), lessonId);
        });
    }

    /** The guests booked on the lesson, in the order they were booked. */
    public List<LessonGuest> guestsOf(Actor actor, LessonId lessonId) {
        return useCases.read(actor, ENROLLMENT_READ, uc -> {
            Lesson lesson = uc.load(lessons, lessonId);
            uc.load(groupRecords, lesson.group());
            return visits.ofLesson(lessonId).stream()
                    .sorted(Comparator.comparing(GuestVisit::bookedAt).thenComparing(v -> v.id().value()))
                    .map(v -> new LessonGuest(v.id(), v.kind(), v.person(),
                            people.byId(v.person()).map(Person::fullName).orElse(null), v.enrollment(),
                            v.missedLesson()))
                    .toList();
        });
    }

    private VisitId booked(UseCase uc, GuestVisit visit, Group group) {
        if (visits.ofLesson(visit.lesson()).stream().anyMatch(v -> v.person().equals(visit.person()))) {
            throw new RuleViolation("visit.duplicate", "the person is already booked on this lesson");
        }
        if (spare(group, visit.lesson()) <= 0) {
            throw new RuleViolation("visit.full", "group " + group.name() + " has no spare seat on this lesson");
        }
        visits.add(visit);
        uc.audit("visit.book", "lesson", visit.lesson(), null, new AuditState().with("kind", visit.kind())
                .with("person", visit.person()).with("enrollment", visit.enrollment().orElse(null)));
        return visit.id();
    }

    private int spare(Group group, LessonId lesson) {
        long seated = enrollments.ofGroup(group.id()).stream()
                .filter(e -> e.status() == EnrollmentStatus.ENROLLED).count();
        return (int) Math.max(0, group.seats() - seated - visits.ofLesson(lesson).size());
    }

    /** Locks the seats of the lesson's group, as enrollment does, and reads the group after the lock. */
    private Group lockedGroupOf(UseCase uc, Lesson lesson) {
        groups.lockForEnrollment(lesson.group());
        Group group = uc.load(groupRecords, lesson.group());
        if (!group.status().isActive()) {
            throw new RuleViolation("visit.closed", "group " + group.name() + " is " + group.status());
        }
        return group;
    }
}
