package org.trainingcrm.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.trainingcrm.domain.kernel.BranchId;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.RuleViolation;

class CourseTest {

    private static Course course(String title, LocalDate first, LocalDate last) {
        return new Course(CourseId.newId(), BranchId.newId(), CourseForm.course(title).format(CourseFormat.ONLINE)
                .period(first, last).price("100", "EUR").participants(1, 10).validate("ES"), Instant.EPOCH);
    }

    private static Course course() {
        return course("Curso", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31));
    }

    @ParameterizedTest
    @EnumSource(CourseStatus.class)
    void allows_exactly_the_forward_steps_and_cancelling_what_is_not_over(CourseStatus from) {
        Set<CourseStatus> allowed = switch (from) {
            case PLANNED -> EnumSet.of(CourseStatus.OPEN_FOR_ENROLLMENT, CourseStatus.CANCELLED);
            case OPEN_FOR_ENROLLMENT -> EnumSet.of(CourseStatus.RUNNING, CourseStatus.CANCELLED);
            case RUNNING -> EnumSet.of(CourseStatus.FINISHED, CourseStatus.CANCELLED);
            case FINISHED, CANCELLED -> EnumSet.noneOf(CourseStatus.class);
        };
        for (CourseStatus to : CourseStatus.values()) {
            assertThat(from.mayBecome(to)).as(from + " -> " + to).isEqualTo(allowed.contains(to));
        }
    }

    @Test
    void refuses_to_start_a_planned_course_naming_the_rule_and_keeps_its_status() {
        Course course = course();

        assertThatThrownBy(course::start).isInstanceOfSatisfying(RuleViolation.class, e -> {
            assertThat(e.rule()).isEqualTo("course.status.transition");
            assertThat(e.getMessage()).contains("PLANNED").contains("RUNNING");
        });
        assertThat(course.status()).isEqualTo(CourseStatus.PLANNED);
    }

    @Test
    void a_cancellation_needs_a_reason_and_keeps_it() {
        Course course = course();

        assertThatThrownBy(() -> course.cancel(null)).isInstanceOfSatisfying(InvalidValue.class,
                e -> assertThat(e.field()).isEqualTo("course.cancellationReason"));
        course.cancel("  Нет группы  ");

        assertThat(course.cancellationReason()).hasValue("Нет группы");
        assertThatThrownBy(() -> course.revise(course.details())).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.rule()).isEqualTo("course.closed"));
    }

    @Test
    void is_past_current_or_upcoming_by_its_first_and_last_day() {
        Course course = course();
        Course oneDay = course("Seminario", LocalDate.of(2026, 10, 5), null);

        assertThat(course.timingOn(LocalDate.of(2026, 9, 30))).isEqualTo(CourseTiming.UPCOMING);
        assertThat(course.timingOn(LocalDate.of(2026, 10, 1))).isEqualTo(CourseTiming.CURRENT);
        assertThat(course.timingOn(LocalDate.of(2026, 10, 31))).isEqualTo(CourseTiming.CURRENT);
        assertThat(course.timingOn(LocalDate.of(2026, 11, 1))).isEqualTo(CourseTiming.PAST);
        assertThat(oneDay.lastDate()).isEqualTo(LocalDate.of(2026, 10, 5));
        assertThat(oneDay.timingOn(LocalDate.of(2026, 10, 5))).isEqualTo(CourseTiming.CURRENT);
    }

    @Test
    void indexes_the_title_by_its_suffixes_and_renews_them_with_the_title() {
        Course course = course("Gestión", LocalDate.of(2026, 10, 1), null);

        assertThat(course.titleKey()).isEqualTo("gestion");
        assertThat(course.titleSuffixes()).contains("gestion", "stion", "n");
        course.revise(CourseForm.course("编程").format(CourseFormat.ONLINE).on(LocalDate.of(2026, 10, 1))
                .price("100", "EUR").participants(1, 10).validate("ES"));
        assertThat(course.titleSuffixes()).containsExactly("编程", "程");
    }
}
