package org.trainingcrm.domain.certificate;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.trainingcrm.domain.kernel.AccessPolicy;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.AuditEntry;
import org.trainingcrm.domain.kernel.AuditLog;
import org.trainingcrm.domain.kernel.AuditState;
import org.trainingcrm.domain.enrollment.Certification;
import org.trainingcrm.domain.enrollment.Enrollment;
import org.trainingcrm.domain.enrollment.EnrollmentId;
import org.trainingcrm.domain.enrollment.EnrollmentStatus;
import org.trainingcrm.domain.enrollment.Enrollments;
import org.trainingcrm.domain.kernel.NotFound;
import org.trainingcrm.domain.kernel.RuleViolation;
import org.trainingcrm.domain.kernel.Transactions;
import org.trainingcrm.domain.schedule.Lesson;
import org.trainingcrm.domain.schedule.LessonId;
import org.trainingcrm.domain.schedule.Lessons;
import org.trainingcrm.domain.enrollment.EnrollmentPermission;

/** Results (E5): grades per lesson or final, and the certification result (passed or failed). */
public final class ResultsService {

    private final Grades grades;
    private final Enrollments enrollments;
    private final Lessons lessons;
    private final AccessPolicy access;
    private final Transactions transactions;
    private final AuditLog audit;
    private final Clock clock;

    public ResultsService(Grades grades, Enrollments enrollments, Lessons lessons, AccessPolicy access,
            Transactions transactions, AuditLog audit, Clock clock) {
        this.grades = grades;
        this.enrollments = enrollments;
        this.lessons = lessons;
        this.access = access;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Grades the student on a lesson of their group; a second grade replaces the first.
     *
     * @throws RuleViolation {@code grade.otherGroup} for a lesson of another group, {@code grade.notSeated}
     *     unless the student is seated or completed
     */
    public void gradeLesson(Actor actor, EnrollmentId id, LessonId lessonId, String grade) {
        transactions.run(() -> {
            Enrollment enrollment = gradable(actor, id);
            Lesson lesson = lessons.byId(lessonId).orElseThrow(() -> new NotFound("lesson", lessonId));
            if (!lesson.group().equals(enrollment.group())) {
                throw new RuleViolation("grade.otherGroup", "lesson " + lessonId + " is of another group");
            }
            grade(actor, enrollment, lessonId, grade);
        });
    }

    /** Gives the student's final grade of the course; a second one replaces the first. */
    public void gradeFinal(Actor actor, EnrollmentId id, String grade) {
        transactions.run(() -> grade(actor, gradable(actor, id), null, grade));
    }

    /** Records whether the student passed the certification; a later result replaces it. */
    public void certify(Actor actor, EnrollmentId id, Certification result) {
        transactions.run(() -> {
            Enrollment enrollment = gradable(actor, id);
            AuditState before = enrollment.auditState();
            enrollment.certify(result, clock.instant());
            enrollments.update(enrollment);
            audit.record(new AuditEntry(clock.instant(), actor.user(), "enrollment.certify", "enrollment", id, before,
                    enrollment.auditState()));
        });
    }

    /** The enrollment's grades: lesson grades by lesson start, the final grade last. */
    public List<GradeEntry> gradesOf(Actor actor, EnrollmentId id) {
        return transactions.inTransaction(() -> {
            access.require(actor, EnrollmentPermission.ENROLLMENT_READ);
            Enrollment enrollment = enrollments.byId(id).orElseThrow(() -> new NotFound("enrollment", id));
            access.require(actor, EnrollmentPermission.ENROLLMENT_READ, enrollment.branch());
            return grades.ofEnrollment(id).stream().map(g -> {
                Optional<LocalDateTime> at = g.lesson().flatMap(lessons::byId).map(Lesson::startsAt);
                return new GradeEntry(g.lesson(), at, g.grade(), g.gradedAt());
            }).sorted(Comparator.comparing((GradeEntry e) -> e.lesson().isEmpty())
                    .thenComparing(e -> e.lessonStartsAt().orElse(LocalDateTime.MAX))).toList();
        });
    }

    private void grade(Actor actor, Enrollment enrollment, LessonId lesson, String value) {
        Optional<Grade> existing = grades.ofEnrollment(enrollment.id()).stream()
                .filter(g -> g.lesson().equals(Optional.ofNullable(lesson))).findFirst();
        AuditState before = existing.map(g -> new AuditState().with("grade", g.grade())).orElse(null);
        Grade grade;
        if (existing.isPresent()) {
            grade = existing.get();
            grade.revise(value, actor.user(), clock.instant());
            grades.update(grade);
        } else {
            grade = new Grade(enrollment.id(), enrollment.group(), enrollment.student(), lesson, value, actor.user(),
                    clock.instant());
            grades.add(grade);
        }
        audit.record(new AuditEntry(clock.instant(), actor.user(), "enrollment.grade", "enrollment",
                enrollment.id(), before, new AuditState().with("lesson", lesson).with("grade", grade.grade())));
    }

    private Enrollment gradable(Actor actor, EnrollmentId id) {
        access.require(actor, EnrollmentPermission.ENROLLMENT_WRITE);
        Enrollment enrollment = enrollments.byId(id).orElseThrow(() -> new NotFound("enrollment", id));
        access.require(actor, EnrollmentPermission.ENROLLMENT_WRITE, enrollment.branch());
        if (enrollment.status() != EnrollmentStatus.ENROLLED && enrollment.status() != EnrollmentStatus.COMPLETED) {
            throw new RuleViolation("grade.notSeated", "an enrollment that is " + enrollment.status()
                    + " is not graded");
        }
        return enrollment;
    }
}
