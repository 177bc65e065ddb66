package org.trainingcrm.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.trainingcrm.domain.kernel.InvalidValue;

class ExplicitRuleTest {

    private static final LocalDateTime SATURDAY = LocalDateTime.of(2026, 10, 17, 10, 0);

    @Test
    void sorts_the_date_times_drops_repeats_and_keeps_holidays() {
        ExplicitRule rule = ScheduleRule.on(Duration.ofHours(2), SATURDAY.plusDays(1), SATURDAY, SATURDAY);

        assertThat(rule.starts(SATURDAY.toLocalDate(), HolidayCalendar.of(SATURDAY.toLocalDate())))
                .containsExactly(SATURDAY, SATURDAY.plusDays(1));
    }

    @Test
    void refuses_a_date_before_the_groups_first_day() {
        ExplicitRule rule = ScheduleRule.on(Duration.ofHours(2), SATURDAY);

        assertThatThrownBy(() -> rule.starts(SATURDAY.toLocalDate().plusDays(1), HolidayCalendar.none()))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("group.schedule.starts"));
    }

    @Test
    void refuses_no_dates_and_more_dates_than_a_group_may_have() {
        List<LocalDateTime> many = IntStream.range(0, 501).mapToObj(SATURDAY::plusDays).toList();

        assertThatThrownBy(() -> new ExplicitRule(Collections.emptyList(), Duration.ofHours(1)))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("group.schedule.starts"));
        assertThatThrownBy(() -> new ExplicitRule(many, Duration.ofHours(1)))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("group.schedule.starts"));
    }

    @Test
    void is_equal_to_the_same_dates_given_in_another_order() {
        assertThat(ScheduleRule.on(Duration.ofHours(1), SATURDAY, SATURDAY.plusDays(7)))
                .isEqualTo(ScheduleRule.on(Duration.ofHours(1), SATURDAY.plusDays(7), SATURDAY));
    }
}
