package org.trainingcrm.domain.schedule;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.trainingcrm.domain.kernel.InvalidValue;

class WeeklyRuleTest {

    private static final LocalDate MON_OCT_12 = LocalDate.of(2026, 10, 12);
    private static final Duration HOUR = Duration.ofHours(1);
    private static final WeeklySlot TUESDAY_EVENING = WeeklySlot.at(TUESDAY, LocalTime.of(18, 0));

    @Test
    void counts_lessons_from_the_first_day_and_lets_holidays_push_the_series_on() {
        WeeklyRule rule = ScheduleRule.weeklyCount(3, HOUR, TUESDAY_EVENING);

        List<LocalDateTime> starts = rule.starts(MON_OCT_12, HolidayCalendar.of(LocalDate.of(2026, 10, 20)));

        assertThat(starts).containsExactly(LocalDateTime.of(2026, 10, 13, 18, 0), LocalDateTime.of(2026, 10, 27, 18, 0),
                LocalDateTime.of(2026, 11, 3, 18, 0));
    }

    @Test
    void includes_the_end_date_and_skips_holidays_without_replacing_them() {
        WeeklyRule rule = ScheduleRule.weeklyUntil(LocalDate.of(2026, 10, 27), HOUR, TUESDAY_EVENING);

        assertThat(rule.starts(MON_OCT_12, HolidayCalendar.of(LocalDate.of(2026, 10, 20))))
                .containsExactly(LocalDateTime.of(2026, 10, 13, 18, 0), LocalDateTime.of(2026, 10, 27, 18, 0));
    }

    @Test
    void puts_several_slots_of_one_day_in_time_order_and_drops_repeated_slots() {
        WeeklyRule rule = ScheduleRule.weeklyCount(3, HOUR, WeeklySlot.at(MONDAY, LocalTime.of(15, 0)),
                WeeklySlot.at(MONDAY, LocalTime.of(9, 0)), WeeklySlot.at(MONDAY, LocalTime.of(9, 0)));

        assertThat(rule.slots()).hasSize(2);
        assertThat(rule.starts(MON_OCT_12, HolidayCalendar.none())).containsExactly(
                LocalDateTime.of(2026, 10, 12, 9, 0), LocalDateTime.of(2026, 10, 12, 15, 0),
                LocalDateTime.of(2026, 10, 19, 9, 0));
    }

    @Test
    void starts_on_the_first_day_when_it_is_a_slot_day() {
        WeeklyRule rule = ScheduleRule.weeklyCount(2, HOUR, TUESDAY_EVENING, WeeklySlot.at(THURSDAY, LocalTime.NOON));

        assertThat(rule.starts(LocalDate.of(2026, 10, 15), HolidayCalendar.none())).containsExactly(
                LocalDateTime.of(2026, 10, 15, 12, 0), LocalDateTime.of(2026, 10, 20, 18, 0));
    }

    @Test
    void refuses_a_rule_with_no_end_or_with_two_ends() {
        assertThatThrownBy(() -> new WeeklyRule(List.of(TUESDAY_EVENING), HOUR, null, null))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("group.schedule.until"));
        assertThatThrownBy(() -> new WeeklyRule(List.of(TUESDAY_EVENING), HOUR, MON_OCT_12, 3))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("group.schedule.until"));
    }

    @Test
    void refuses_a_rule_without_slots() {
        assertThatThrownBy(() -> ScheduleRule.weeklyCount(3, HOUR))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("group.schedule.slots"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 501})
    void refuses_a_number_of_lessons_out_of_range(int lessons) {
        assertThatThrownBy(() -> ScheduleRule.weeklyCount(lessons, HOUR, TUESDAY_EVENING))
                .isInstanceOfSatisfying(InvalidValue.class,
                        e -> assertThat(e.field()).isEqualTo("group.schedule.lessonCount"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT4M", "PT12H1M", "PT90M30S", "PT0S"})
    void refuses_a_lesson_length_out_of_range_or_not_in_whole_minutes(String length) {
        assertThatThrownBy(() -> ScheduleRule.weeklyCount(3, Duration.parse(length), TUESDAY_EVENING))
                .isInstanceOfSatisfying(InvalidValue.class,
                        e -> assertThat(e.field()).isEqualTo("group.schedule.lessonLength"));
    }

    @Test
    void refuses_an_end_before_the_first_day_or_too_far_after_it() {
        WeeklyRule early = ScheduleRule.weeklyUntil(MON_OCT_12.minusDays(1), HOUR, TUESDAY_EVENING);
        WeeklyRule late = ScheduleRule.weeklyUntil(MON_OCT_12.plusYears(4), HOUR, TUESDAY_EVENING);

        assertThatThrownBy(() -> early.starts(MON_OCT_12, HolidayCalendar.none()))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("group.schedule.until"));
        assertThatThrownBy(() -> late.starts(MON_OCT_12, HolidayCalendar.none()))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("group.schedule.until"));
    }

    @Test
    void refuses_a_number_of_lessons_that_holidays_never_let_happen() {
        List<LocalDate> everyTuesday = new ArrayList<>();
        for (LocalDate day = LocalDate.of(2026, 10, 13); day.isBefore(LocalDate.of(2030, 1, 1)); day = day.plusWeeks(1)) {
            everyTuesday.add(day);
        }
        WeeklyRule rule = ScheduleRule.weeklyCount(1, HOUR, TUESDAY_EVENING);

        assertThatThrownBy(() -> rule.starts(MON_OCT_12, HolidayCalendar.of(everyTuesday)))
                .isInstanceOfSatisfying(InvalidValue.class,
                        e -> assertThat(e.field()).isEqualTo("group.schedule.lessonCount"));
    }

    @Test
    void refuses_an_end_date_that_gives_more_lessons_than_a_group_may_have() {
        WeeklyRule rule = ScheduleRule.weeklyUntil(MON_OCT_12.plusYears(3), HOUR,
                WeeklySlot.at(MONDAY, LocalTime.of(9, 0)), WeeklySlot.at(MONDAY, LocalTime.of(11, 0)),
                WeeklySlot.at(MONDAY, LocalTime.of(13, 0)), WeeklySlot.at(MONDAY, LocalTime.of(15, 0)));

        assertThatThrownBy(() -> rule.starts(MON_OCT_12, HolidayCalendar.none()))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.reason()).contains("500"));
    }
}
