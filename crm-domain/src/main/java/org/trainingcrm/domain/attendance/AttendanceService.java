package org.trainingcrm.domain.attendance;

import static org.trainingcrm.domain.enrollment.EnrollmentPermission.ENROLLMENT_READ;
import static org.trainingcrm.domain.enrollment.EnrollmentPermission.ENROLLMENT_WRITE;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.trainingcrm.domain.enrollment.Enrollment;
import org.trainingcrm.domain.enrollment.EnrollmentPorts;
import org.trainingcrm.domain.enrollment.EnrollmentStatus;
import org.trainingcrm.domain.enrollment.Enrollments;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.AuditState;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.Records;
import org.trainingcrm.domain.kernel.RuleViolation;
import org.trainingcrm.domain.kernel.UseCases;
import org.trainingcrm.domain.people.People;
import org.trainingcrm.domain.people.PeoplePorts;
import org.trainingcrm.domain.people.Person;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.schedule.DateRange;
import org.trainingcrm.domain.schedule.Group;
import org.trainingcrm.domain.schedule.GroupId;
import org.trainingcrm.domain.schedule.Lesson;
import org.trainingcrm.domain.schedule.LessonId;
import org.trainingcrm.domain.schedule.Lessons;
import org.trainingcrm.domain.schedule.SchedulePorts;
import org.trainingcrm.domain.schedule.ScheduleRecords;

/**
 * Attendance (E4, E6): marks per lesson and person with the form of payment, the lesson's sheet,
 * and the "special" clients who registered, or paid, and never came. A first mark flags the
 * lesson as attended, so regenerating the timetable keeps it.
 */
public final class AttendanceService {

    private final AttendanceMarks marks;
    private final Enrollments enrollments;
    private final GuestVisits visits;
    private final Lessons lessons;
    private final People people;
    private final Records<Group, GroupId> groups;
    private final Records<Lesson, LessonId> lessonRecords;
    private final UseCases useCases;

    public AttendanceService(AttendancePorts attendance, EnrollmentPorts enrollment, SchedulePorts schedule,
            PeoplePorts people, UseCases useCases) {
        this.marks = attendance.marks();
        this.enrollments = enrollment.enrollments();
        this.visits = attendance.visits();
        this.lessons = schedule.lessons();
        this.people = people.people();
        this.groups = ScheduleRecords.groups(schedule);
        this.lessonRecords = ScheduleRecords.lessons(schedule);
        this.useCases = useCases;
    }

    /**
     * Marks the person on a lesson of the group; a second mark corrects the first.
     *
     * @throws RuleViolation {@code attendance.otherGroup} when the lesson belongs to another group,
     *     {@code attendance.notEnrolled} when the person neither holds a seat in the group nor is booked
     *     on the lesson as a make-up or trial guest
     */
    public void mark(Actor actor, GroupId groupId, LessonId lessonId, PersonId person, AttendanceStatus status,
            PaymentForm payment) {
        useCases.perform(actor, ENROLLMENT_WRITE, uc -> {
            Group group = uc.load(groups, groupId);
            Lesson lesson = uc.load(lessonRecords, lessonId);
            if (!lesson.group().equals(groupId)) {
                throw new RuleViolation("attendance.otherGroup",
                        "lesson " + lessonId + " belongs to another group than " + group.name());
            }
            if (status == null) {
                throw new InvalidValue("attendance.status", null, "is required");
            }
            if (payment == null) {
                throw new InvalidValue("attendance.payment", null, "is required");
            }
            // the person is checked by their seat or booking in the group, which is in the actor's scope
            Optional<Enrollment> seat = enrollments.ofGroup(groupId).stream()
                    .filter(e -> e.student().equals(person) && e.status() == EnrollmentStatus.ENROLLED
                            || e.student().equals(person) && e.status() == EnrollmentStatus.COMPLETED)
                    .findFirst();
            Optional<GuestVisit> guest = visits.ofLesson(lessonId).stream()
                    .filter(v -> v.person().equals(person)).findFirst();
            if (seat.isEmpty() && guest.isEmpty()) {
                String name = people.byId(person).map(Person::fullName).orElse(String.valueOf(person));
                throw new RuleViolation("attendance.notEnrolled", name + " is neither enrolled in group "
                        + group.name() + " nor booked on this lesson");
            }
            Optional<AttendanceMark> existing = marks.of(lessonId, person);
            AuditState before = existing.map(AttendanceService::state).orElse(null);
            AttendanceMark mark;
            if (existing.isPresent()) {
                mark = existing.get();
                mark.revise(status, payment, actor.user(), uc.now());
                marks.update(mark);
            } else {
                mark = new AttendanceMark(lessonId, groupId, person, seat.map(Enrollment::id).orElse(null),
                        guest.map(GuestVisit::id).orElse(null), status, payment, actor.user(), uc.now());
                marks.add(mark);
            }
            if (!lesson.hasAttendance()) {
                lesson.markAttended();
                lessons.update(lesson);
            }
            uc.audit("attendance.mark", "lesson", lessonId, before, state(mark));
        });
    }

    /** The lesson's marks, by name in the actor's locale. */
    public List<AttendanceLine> sheet(Actor actor, LessonId lessonId) {
        return useCases.read(actor, ENROLLMENT_READ, uc -> {
            Lesson lesson = uc.load(lessonRecords, lessonId);
            uc.load(groups, lesson.group());
            List<AttendanceMark> ofLesson = marks.ofLessons(List.of(lessonId));
            Map<PersonId, String> names = names(ofLesson.stream().map(AttendanceMark::person).toList());
            var collator = Collator.getInstance(actor.locale());
            return ofLesson.stream().map(m -> new AttendanceLine(m.person(), names.get(m.person()), m.status(),
                            m.payment(), m.visit().isPresent(), m.markedAt()))
                    .sorted(Comparator.comparing((AttendanceLine l) -> String.valueOf(l.fullName()), collator))
                    .toList();
        });
    }

    /**
     * Students of the group who held a seat (seated now, completed, dropped out or transferred out)
     * and came to none of the group's lessons in the period whose attendance was taken: no mark
     * present or late. Empty while no lesson of the period has attendance. By name.
     */
    public List<NoShow> registeredButNeverCame(Actor actor, GroupId group, DateRange period) {
        return noShows(actor, group, period, n -> true);
    }

    /**
     * Of those who never came, the ones who had paid: "paid" means at least one of their marks in
     * the period says prepaid or guarantee letter (pay-on-the-day attendance is not paid ahead).
     */
    public List<NoShow> paidButNeverCame(Actor actor, GroupId group, DateRange period) {
        return noShows(actor, group, period, n -> n.lessonsPaidAhead() > 0);
    }

    private List<NoShow> noShows(Actor actor, GroupId groupId, DateRange period, Predicate<NoShow> which) {
        return useCases.read(actor, ENROLLMENT_READ, uc -> {
            if (period == null) {
                throw new InvalidValue("attendance.period", null, "is required");
            }
            uc.load(groups, groupId);
            List<LessonId> taken = lessons.ofGroup(groupId, period.start(), period.endExclusive()).stream()
                    .filter(Lesson::hasAttendance).map(Lesson::id).toList();
            if (taken.isEmpty()) {
                return List.of();
            }
            Map<PersonId, List<AttendanceMark>> byPerson = marks.ofLessons(taken).stream()
                    .collect(Collectors.groupingBy(AttendanceMark::person));
            List<Enrollment> registered = enrollments.ofGroup(groupId).stream()
                    .filter(e -> e.status().heldSeat()).toList();
            Set<PersonId> came = byPerson.entrySet().stream()
                    .filter(e -> e.getValue().stream().anyMatch(m -> m.status().came()))
                    .map(Map.Entry::getKey).collect(Collectors.toSet());
            List<Enrollment> never = registered.stream().filter(e -> !came.contains(e.student())).toList();
            Map<PersonId, String> names = names(never.stream().map(Enrollment::student).toList());
            var collator = Collator.getInstance(actor.locale());
            return never.stream().map(e -> {
                List<AttendanceMark> own = byPerson.getOrDefault(e.student(), List.of());
                int paid = (int) own.stream().filter(m -> m.payment().isPaidAhead()).count();
                return new NoShow(e.id(), e.student(), names.get(e.student()), e.payer(), own.size(), paid);
            }).filter(which).sorted(Comparator.comparing((NoShow n) -> String.valueOf(n.fullName()), collator)
                    .thenComparing(n -> n.enrollment().value())).toList();
        });
    }

    private Map<PersonId, String> names(List<PersonId> ids) {
        return people.byIds(ids.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(Person::id, Person::fullName, (a, b) -> a));
    }

    private static AuditState state(AttendanceMark mark) {
        return new AuditState().with("person", mark.person()).with("status", mark.status())
                .with("payment", mark.payment());
    }
}
