package org.trainingcrm.domain.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trainingcrm.domain.catalog.CourseId;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.enrollment.EnrollmentId;
import org.trainingcrm.domain.enrollment.Registration;
import org.trainingcrm.domain.fixtures.Classes;
import org.trainingcrm.domain.fixtures.CrmContract;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.RuleViolation;
import org.trainingcrm.domain.schedule.DateRange;
import org.trainingcrm.domain.schedule.GroupId;
import org.trainingcrm.domain.schedule.LessonId;
import org.trainingcrm.domain.schedule.TimetableEntry;

/** E4, E6: attendance with the form of payment, and the students who registered or paid and never came. */
public class AttendanceContract extends CrmContract {

    private static final DateRange OCTOBER = DateRange.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31));

    private Classes classes;
    private GroupId group;
    private List<LessonId> lessons;

    @BeforeEach
    final void courseAndGroup() {
        classes = new Classes(crm, store, centre);
        CourseId course = classes.course("Excel");
        group = classes.group(course, 10);
        lessons = classes.lessons(group);
    }

    private PersonId enrolled(String name) {
        PersonId student = classes.student(name);
        crm.enrollment().enroll(centre.kyivManager, group, student, Registration.self());
        return student;
    }

    private void mark(int lesson, PersonId student, AttendanceStatus status, PaymentForm payment) {
        crm.attendance().mark(centre.kyivManager, group, lessons.get(lesson), student, status, payment);
    }

    @Test
    public void marks_attendance_with_its_payment_and_flags_the_lesson_so_regeneration_keeps_it() {
        PersonId anna = enrolled("Анна");
        PersonId borys = enrolled("Борис");

        mark(0, anna, AttendanceStatus.PRESENT, PaymentForm.PREPAID);
        mark(0, borys, AttendanceStatus.ABSENT, PaymentForm.GUARANTEE_LETTER);
        mark(0, borys, AttendanceStatus.LATE, PaymentForm.PAY_ON_THE_DAY);

        assertThat(crm.attendance().sheet(centre.kyivManager, lessons.get(0)))
                .extracting(AttendanceLine::fullName, AttendanceLine::status, AttendanceLine::payment)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Анна", AttendanceStatus.PRESENT, PaymentForm.PREPAID),
                        org.assertj.core.groups.Tuple.tuple("Борис", AttendanceStatus.LATE, PaymentForm.PAY_ON_THE_DAY));
        assertThat(crm.timetable().lessonsOf(centre.administrator, group)).extracting(TimetableEntry::attendanceMarked)
                .containsExactly(true, false, false, false);
    }

    @Test
    public void refuses_attendance_on_another_groups_lesson_or_of_someone_not_enrolled_writing_nothing() {
        PersonId anna = enrolled("Анна");
        GroupId other = classes.group(classes.course("Word"), 10);
        LessonId foreign = classes.lessons(other).get(0);
        PersonId stranger = classes.student("Сторонній");

        assertThatThrownBy(() -> crm.attendance().mark(centre.kyivManager, group, foreign, anna,
                AttendanceStatus.PRESENT, PaymentForm.PREPAID)).isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.rule()).isEqualTo("attendance.otherGroup"));
        assertThatThrownBy(() -> mark(0, stranger, AttendanceStatus.PRESENT, PaymentForm.PREPAID))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.rule()).isEqualTo("attendance.notEnrolled"));
        assertThatThrownBy(() -> mark(0, anna, null, PaymentForm.PREPAID)).isInstanceOfSatisfying(
                InvalidValue.class, e -> assertThat(e.field()).isEqualTo("attendance.status"));
        assertThatThrownBy(() -> mark(0, anna, AttendanceStatus.PRESENT, null)).isInstanceOfSatisfying(
                InvalidValue.class, e -> assertThat(e.field()).isEqualTo("attendance.payment"));
        assertThat(crm.attendance().sheet(centre.kyivManager, lessons.get(0))).isEmpty();
        assertThat(crm.timetable().lessonsOf(centre.administrator, group)).extracting(TimetableEntry::attendanceMarked)
                .containsOnly(false);
    }

    @Test
    public void lists_who_registered_and_never_came_and_who_paid_and_never_came() {
        PersonId came = enrolled("Прийшов");
        PersonId late = enrolled("Запізнився");
        PersonId paidAbsent = enrolled("Заплатив і не прийшов");
        PersonId guaranteedAbsent = enrolled("Гарантійний лист");
        PersonId unpaidAbsent = enrolled("Платить на місці");
        PersonId unmarked = enrolled("Без відмітки");
        mark(0, came, AttendanceStatus.PRESENT, PaymentForm.PREPAID);
        mark(1, came, AttendanceStatus.ABSENT, PaymentForm.PREPAID);
        mark(0, late, AttendanceStatus.LATE, PaymentForm.PAY_ON_THE_DAY);
        mark(0, paidAbsent, AttendanceStatus.ABSENT, PaymentForm.PREPAID);
        mark(1, paidAbsent, AttendanceStatus.ABSENT, PaymentForm.PREPAID);
        mark(0, guaranteedAbsent, AttendanceStatus.ABSENT, PaymentForm.GUARANTEE_LETTER);
        mark(0, unpaidAbsent, AttendanceStatus.ABSENT, PaymentForm.PAY_ON_THE_DAY);

        assertThat(crm.attendance().registeredButNeverCame(centre.kyivManager, group, OCTOBER))
                .extracting(NoShow::student)
                .containsExactlyInAnyOrder(paidAbsent, guaranteedAbsent, unpaidAbsent, unmarked);
        assertThat(crm.attendance().paidButNeverCame(centre.kyivManager, group, OCTOBER))
                .extracting(NoShow::student, NoShow::lessonsMarked, NoShow::lessonsPaidAhead)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(paidAbsent, 2, 2),
                        org.assertj.core.groups.Tuple.tuple(guaranteedAbsent, 1, 1));
        assertThat(crm.attendance().registeredButNeverCame(centre.kyivManager, group,
                DateRange.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)))).isEmpty();
    }

    @Test
    public void refuses_a_no_show_query_without_a_period() {
        assertThatThrownBy(() -> crm.attendance().paidButNeverCame(centre.kyivManager, group, null))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("attendance.period"));
    }

    @Test
    public void refuses_attendance_of_a_student_who_withdrew() {
        PersonId student = classes.student("Передумав");
        EnrollmentId id = crm.enrollment().enroll(centre.kyivManager, group, student, Registration.self());
        crm.enrollment().withdraw(centre.kyivManager, id,
                crm.withdrawalReasons().define(centre.kyivManager, "Передумав " + centre.tag, false), null);

        assertThatThrownBy(() -> mark(0, student, AttendanceStatus.PRESENT, PaymentForm.PREPAID))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.rule()).isEqualTo("attendance.notEnrolled"));
    }
}
