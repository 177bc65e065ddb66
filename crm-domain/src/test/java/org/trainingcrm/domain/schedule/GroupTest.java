package org.trainingcrm.domain.schedule;

import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.trainingcrm.domain.kernel.BranchId;
import org.trainingcrm.domain.catalog.CourseId;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.Money;
import org.trainingcrm.domain.kernel.RuleViolation;

class GroupTest {

    private static final Money PRICE = Money.of("10000", "UAH");

    private static Group group(ScheduleRule rule, String cost) {
        return new Group(GroupId.newId(), BranchId.newId(), CourseId.newId(), new GroupSettings("Група", PersonId.newId(),
                RoomId.newId(), 10, LocalDate.of(2026, 10, 13), rule, ZoneId.of("Europe/Kyiv"), null,
                Money.of(cost, "UAH")), Instant.EPOCH);
    }

    private static Group group() {
        return group(ScheduleRule.weeklyCount(4, Duration.ofHours(1), WeeklySlot.at(TUESDAY, LocalTime.NOON)), "30000");
    }

    @Test
    void is_full_when_every_seat_is_taken_and_never_has_fewer_than_no_free_seats() {
        Group group = group();

        assertThat(group.isFull(9)).isFalse();
        assertThat(group.isFull(10)).isTrue();
        assertThat(group.freeSeats(4)).isEqualTo(6);
        assertThat(group.freeSeats(12)).isZero();
    }

    @Test
    void is_profitable_once_the_enrolled_at_the_course_price_cover_the_running_cost() {
        Group group = group();

        assertThat(group.isProfitable(2, PRICE)).isFalse();
        assertThat(group.isProfitable(3, PRICE)).isTrue();
        assertThat(GroupFlags.of(group, 3, PRICE).revenue()).isEqualTo(Money.of("30000", "UAH"));
        assertThatThrownBy(() -> group.isProfitable(3, Money.of("100", "EUR"))).isInstanceOf(InvalidValue.class);
    }

    @Test
    void goes_from_tentative_to_confirmed_to_finished_or_to_cancelled() {
        Group finished = group();
        Group cancelled = group();

        finished.confirm();
        finished.finish();
        cancelled.cancel();

        assertThat(finished.status()).isEqualTo(GroupStatus.FINISHED);
        assertThat(cancelled.status()).isEqualTo(GroupStatus.CANCELLED);
        assertThatThrownBy(finished::cancel).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.rule()).isEqualTo("group.status.transition"));
        assertThatThrownBy(cancelled::confirm).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> cancelled.revise(cancelled.settings())).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.rule()).isEqualTo("group.closed"));
    }

    @Test
    void gives_back_the_rule_it_was_set_up_with() {
        ScheduleRule weekly = ScheduleRule.weeklyUntil(LocalDate.of(2026, 12, 1), Duration.ofMinutes(45),
                WeeklySlot.at(TUESDAY, LocalTime.of(8, 15)));
        ScheduleRule explicit = ScheduleRule.on(Duration.ofHours(3), LocalDateTime.of(2026, 10, 17, 10, 0));

        assertThat(group(weekly, "0").schedule()).isEqualTo(weekly);
        assertThat(group(explicit, "0").schedule()).isEqualTo(explicit);
    }
}
