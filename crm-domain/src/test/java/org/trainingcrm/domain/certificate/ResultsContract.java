package org.trainingcrm.domain.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trainingcrm.domain.kernel.AccessDenied;
import org.trainingcrm.domain.catalog.CourseId;
import org.trainingcrm.domain.enrollment.Certification;
import org.trainingcrm.domain.enrollment.EnrollmentId;
import org.trainingcrm.domain.enrollment.NoteEntry;
import org.trainingcrm.domain.enrollment.NoteKind;
import org.trainingcrm.domain.enrollment.Registration;
import org.trainingcrm.domain.fixtures.Classes;
import org.trainingcrm.domain.fixtures.CrmContract;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.RuleViolation;
import org.trainingcrm.domain.schedule.GroupId;
import org.trainingcrm.domain.schedule.LessonId;

/** E5, E7: grades, certification, sequential certificate numbers, the issue list, and notes. */
public class ResultsContract extends CrmContract {

    private Classes classes;
    private CourseId course;
    private GroupId group;

    @BeforeEach
    final void courseAndGroup() {
        classes = new Classes(crm, store, centre);
        course = classes.course("1С: Бухгалтерія");
        group = classes.group(course, 10);
    }

    private EnrollmentId enroll(String name) {
        return crm.enrollment().enroll(centre.kyivManager, group, classes.student(name), Registration.self());
    }

    @Test
    public void keeps_grades_per_lesson_and_a_final_grade_a_second_grade_replacing_the_first() {
        EnrollmentId id = enroll("Оцінений");
        List<LessonId> lessons = classes.lessons(group);

        crm.results().gradeLesson(centre.kyivManager, id, lessons.get(1), "4");
        crm.results().gradeLesson(centre.kyivManager, id, lessons.get(0), "3");
        crm.results().gradeLesson(centre.kyivManager, id, lessons.get(0), "5");
        crm.results().gradeFinal(centre.kyivManager, id, "відмінно");

        assertThat(crm.results().gradesOf(centre.kyivManager, id)).extracting(GradeEntry::lesson, GradeEntry::grade)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(java.util.Optional.of(lessons.get(0)), "5"),
                        org.assertj.core.groups.Tuple.tuple(java.util.Optional.of(lessons.get(1)), "4"),
                        org.assertj.core.groups.Tuple.tuple(java.util.Optional.empty(), "відмінно"));
        assertThatThrownBy(() -> crm.results().gradeFinal(centre.kyivManager, id, "  "))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("grade.value"));
        LessonId foreign = classes.lessons(classes.group(course, 10)).get(0);
        assertThatThrownBy(() -> crm.results().gradeLesson(centre.kyivManager, id, foreign, "5"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("grade.otherGroup"));
    }

    @Test
    public void issues_sequential_certificates_per_course_and_year_to_those_who_passed_and_lists_them() {
        EnrollmentId first = enroll("Перший");
        EnrollmentId failed = enroll("Не склав");
        EnrollmentId second = enroll("Другий");
        crm.results().certify(centre.kyivManager, first, Certification.PASSED);
        crm.results().certify(centre.kyivManager, failed, Certification.FAILED);
        crm.results().certify(centre.kyivManager, second, Certification.PASSED);
        crm.results().gradeFinal(centre.kyivManager, second, "A");

        String one = crm.certificates().issue(centre.administrator, first);
        List<String> rest = crm.certificates().issueAll(centre.administrator, group);

        String code = Certificate.numberOf(course, 2026, 1).substring(0, 8);
        assertThat(one).isEqualTo(code + "-2026-0001");
        assertThat(rest).containsExactly(code + "-2026-0002");
        assertThat(crm.certificates().issueList(centre.kyivManager, group))
                .extracting(CertificateLine::number, CertificateLine::fullName, CertificateLine::finalGrade)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(one, "Перший", java.util.Optional.empty()),
                        org.assertj.core.groups.Tuple.tuple(rest.get(0), "Другий", java.util.Optional.of("A")));
        assertThatThrownBy(() -> crm.certificates().issue(centre.administrator, failed))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.rule()).isEqualTo("certificate.notPassed"));
        assertThatThrownBy(() -> crm.certificates().issue(centre.administrator, first))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.rule()).isEqualTo("certificate.duplicate"));
        assertThat(crm.certificates().issueList(centre.kyivManager, group)).hasSize(2);
    }

    @Test
    public void leaves_issuing_certificates_to_administrators() {
        EnrollmentId passed = enroll("Склав");
        crm.results().certify(centre.kyivManager, passed, Certification.PASSED);

        assertThatThrownBy(() -> crm.certificates().issue(centre.kyivManager, passed)).isInstanceOf(AccessDenied.class);
        String number = crm.certificates().issue(centre.administrator, passed);

        assertThat(number).endsWith("-2026-0001");
    }

    @Test
    public void refuses_a_level_completion_after_a_failed_certification() {
        EnrollmentId failed = enroll("Не склав");
        crm.results().certify(centre.kyivManager, failed, Certification.FAILED);
        clock.advance(java.time.Duration.ofDays(60));

        assertThatThrownBy(() -> crm.enrollment().complete(centre.kyivManager, failed))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.rule()).isEqualTo("enrollment.complete.failed"));
        assertThat(crm.rosters().finishedLevels(centre.kyivManager,
                crm.rosters().card(centre.kyivManager, failed).student())).isEmpty();
    }

    @Test
    public void keeps_notes_before_the_course_and_in_class_with_author_and_time() {
        EnrollmentId id = enroll("Студентка");
        crm.studentNotes().write(centre.kyivManager, id, NoteKind.BEFORE_COURSE, "Хоче здати іспит ACCA; 英语 B2");
        clock.advance(java.time.Duration.ofDays(50));
        crm.studentNotes().write(centre.kyivColleague, id, NoteKind.IN_CLASS, "Активна на заняттях");

        assertThat(crm.studentNotes().of(centre.kyivManager, id))
                .extracting(NoteEntry::kind, NoteEntry::author, NoteEntry::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(NoteKind.BEFORE_COURSE, centre.kyivManager.user(),
                                "Хоче здати іспит ACCA; 英语 B2"),
                        org.assertj.core.groups.Tuple.tuple(NoteKind.IN_CLASS, centre.kyivColleague.user(),
                                "Активна на заняттях"));
        assertThatThrownBy(() -> crm.studentNotes().write(centre.kyivManager, id, NoteKind.IN_CLASS, ""))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("note.text"));
        assertThatThrownBy(() -> crm.studentNotes().write(centre.kyivManager, id, null, "текст"))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("note.kind"));
        assertThat(crm.studentNotes().of(centre.kyivManager, id)).hasSize(2);
    }
}
