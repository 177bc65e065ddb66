package org.trainingcrm.domain.certificate;

import static org.trainingcrm.domain.enrollment.EnrollmentPermission.ENROLLMENT_READ;
import static org.trainingcrm.domain.enrollment.EnrollmentPermission.ENROLLMENT_WRITE;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.trainingcrm.domain.enrollment.Certification;
import org.trainingcrm.domain.enrollment.Enrollment;
import org.trainingcrm.domain.enrollment.EnrollmentId;
import org.trainingcrm.domain.enrollment.EnrollmentPorts;
import org.trainingcrm.domain.enrollment.EnrollmentRecords;
import org.trainingcrm.domain.enrollment.EnrollmentStatus;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.AuditState;
import org.trainingcrm.domain.kernel.Records;
import org.trainingcrm.domain.kernel.RuleViolation;
import org.trainingcrm.domain.kernel.UseCase;
import org.trainingcrm.domain.kernel.UseCases;
import org.trainingcrm.domain.schedule.Lesson;
import org.trainingcrm.domain.schedule.LessonId;
import org.trainingcrm.domain.schedule.Lessons;
import org.trainingcrm.domain.schedule.SchedulePorts;
import org.trainingcrm.domain.schedule.ScheduleRecords;

/** Results (E5): grades per lesson or final, and the certification result (passed or failed). */
public final class ResultsService {

    private final Grades grades;
    private final Lessons lessons;
    private final Records<Enrollment, EnrollmentId> enrollments;
    private final Records<Lesson, LessonId> lessonRecords;
    private final UseCases useCases;

    public ResultsService(CertificatePorts own, EnrollmentPorts enrollment, SchedulePorts schedule,
            UseCases useCases) {
        this.grades = own.grades();
        this.lessons = schedule.lessons();
        this.enrollments = EnrollmentRecords.enrollments(enrollment);
        this.lessonRecords = ScheduleRecords.lessons(schedule);
        this.useCases = useCases;
    }

    /**
     * Grades the student on a lesson of their group; a second grade replaces the first.
     *
     * @throws RuleViolation {@code grade.otherGroup} for a lesson of another group, {@code grade.notSeated}
     *     unless the student is seated or completed
     */
    public void gradeLesson(Actor actor, EnrollmentId id, LessonId lessonId, String grade) {
        useCases.perform(actor, ENROLLMENT_WRITE, uc -> {
            Enrollment enrollment = gradable(uc, id);
            Lesson lesson = uc.load(lessonRecords, lessonId);
            if (!lesson.group().equals(enrollment.group())) {
                throw new RuleViolation("grade.otherGroup", "lesson " + lessonId + " is of another group");
            }
            grade(uc, enrollment, lessonId, grade);
        });
    }

    /** Gives the student's final grade of the course; a second one replaces the first. */
    public void gradeFinal(Actor actor, EnrollmentId id, String grade) {
        useCases.perform(actor, ENROLLMENT_WRITE, uc -> grade(uc, gradable(uc, id), null, grade));
    }

    /** Records whether the student passed the certification; a later result replaces it. */
    public void certify(Actor actor, EnrollmentId id, Certification result) {
        useCases.perform(actor, ENROLLMENT_WRITE, uc -> uc.apply(enrollments, gradable(uc, id), id,
                "enrollment.certify", enrollment -> enrollment.certify(result, uc.now())));
    }

    /** The enrollment's grades: lesson grades by lesson start, the final grade last. */
    public List<GradeEntry> gradesOf(Actor actor, EnrollmentId id) {
        return useCases.read(actor, ENROLLMENT_READ, uc -> {
            uc.load(enrollments, id);
            return grades.ofEnrollment(id).stream().map(g -> {
                Optional<LocalDateTime> at = g.lesson().flatMap(lessons::byId).map(Lesson::startsAt);
                return new GradeEntry(g.lesson(), at, g.grade(), g.gradedAt());
            }).sorted(Comparator.comparing((GradeEntry e) -> e.lesson().isEmpty())
                    .thenComparing(e -> e.lessonStartsAt().orElse(LocalDateTime.MAX))).toList();
        });
    }

    private void grade(UseCase uc, Enrollment enrollment, LessonId lesson, String value) {
        Optional<Grade> existing = grades.ofEnrollment(enrollment.id()).stream()
                .filter(g -> g.lesson().equals(Optional.ofNullable(lesson))).findFirst();
        AuditState before = existing.map(g -> new AuditState().with("grade", g.grade())).orElse(null);
        Grade grade;
        if (existing.isPresent()) {
            grade = existing.get();
            grade.revise(value, uc.actor().user(), uc.now());
            grades.update(grade);
        } else {
            grade = new Grade(enrollment.id(), enrollment.group(), enrollment.student(), lesson, value,
                    uc.actor().user(), uc.now());
            grades.add(grade);
        }
        uc.audit("enrollment.grade", "enrollment", enrollment.id(), before,
                new AuditState().with("lesson", lesson).with("grade", grade.grade()));
    }

    private Enrollment gradable(UseCase uc, EnrollmentId id) {
        Enrollment enrollment = uc.load(enrollments, id);
        if (enrollment.status() != EnrollmentStatus.ENROLLED && enrollment.status() != EnrollmentStatus.COMPLETED) {
            throw new RuleViolation("grade.notSeated", "an enrollment that is " + enrollment.status()
                    + " is not graded");
        }
        return enrollment;
    }
}
