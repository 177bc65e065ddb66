package org.trainingcrm.domain.schedule;

import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trainingcrm.domain.kernel.BranchId;
import org.trainingcrm.domain.catalog.CourseId;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.Money;

class LessonPlanTest {

    private static final LocalDate OCT_13 = LocalDate.of(2026, 10, 13);
    private static final RoomId ROOM = RoomId.newId();
    private static final PersonId TEACHER = PersonId.newId();

    private static GroupSettings settings(ScheduleRule rule, RoomId room) {
        return new GroupSettings("Група", TEACHER, room, 10, OCT_13, rule, java.time.ZoneId.of("Europe/Kyiv"), null,
                Money.of("1000", "UAH"));
    }

    private static ScheduleRule tuesdays(int hour, int count) {
        return ScheduleRule.weeklyCount(count, Duration.ofMinutes(90), WeeklySlot.at(TUESDAY, LocalTime.of(hour, 0)));
    }

    private final Group group = new Group(GroupId.newId(), BranchId.newId(), CourseId.newId(),
            settings(tuesdays(18, 4), ROOM), Instant.EPOCH);
    private final List<Lesson> existing = LessonPlan.of(group, List.of(),
            LessonPlan.timesOf(group.settings(), HolidayCalendar.none())).added;

    private LessonPlan replanned(ScheduleRule rule, RoomId room) {
        group.revise(settings(rule, room));
        return LessonPlan.of(group, existing, LessonPlan.timesOf(group.settings(), HolidayCalendar.none()));
    }

    @Test
    void a_new_group_gets_a_new_lesson_for_every_time() {
        assertThat(existing).hasSize(4).extracting(Lesson::startsAt).containsExactly(
                LocalDateTime.of(2026, 10, 13, 18, 0), LocalDateTime.of(2026, 10, 20, 18, 0),
                LocalDateTime.of(2026, 10, 27, 18, 0), LocalDateTime.of(2026, 11, 3, 18, 0));
        assertThat(existing).allSatisfy(l -> {
            assertThat(l.room()).isEqualTo(ROOM);
            assertThat(l.teacher()).isEqualTo(TEACHER);
            assertThat(l.sequence()).isZero();
        });
    }

    @Test
    void the_same_rule_changes_nothing() {
        LessonPlan plan = replanned(tuesdays(18, 4), ROOM);

        assertThat(plan.unchanged).containsExactlyElementsOf(existing);
        assertThat(plan.toBook()).isEmpty();
        assertThat(plan.removed).isEmpty();
    }

    @Test
    void lessons_with_attendance_stay_and_the_others_move_in_order() {
        existing.get(0).markAttended();

        LessonPlan plan = replanned(tuesdays(10, 4), ROOM);

        assertThat(plan.kept).containsExactly(existing.get(0));
        assertThat(plan.kept.get(0).startsAt()).isEqualTo(LocalDateTime.of(2026, 10, 13, 18, 0));
        assertThat(plan.moved).containsExactly(existing.get(1), existing.get(2), existing.get(3));
        assertThat(plan.moved).extracting(Lesson::startsAt).containsExactly(LocalDateTime.of(2026, 10, 13, 10, 0),
                LocalDateTime.of(2026, 10, 20, 10, 0), LocalDateTime.of(2026, 10, 27, 10, 0));
        assertThat(plan.moved).extracting(Lesson::sequence).containsOnly(1);
        assertThat(plan.added).extracting(Lesson::startsAt).containsExactly(LocalDateTime.of(2026, 11, 3, 10, 0));
    }

    @Test
    void a_new_time_taken_by_a_lesson_with_attendance_is_not_generated_again() {
        existing.get(1).markAttended();

        LessonPlan plan = replanned(tuesdays(18, 4), ROOM);

        assertThat(plan.kept).containsExactly(existing.get(1));
        assertThat(plan.unchanged).containsExactly(existing.get(0), existing.get(2), existing.get(3));
        assertThat(plan.added).isEmpty();
    }

    @Test
    void fewer_lessons_remove_the_last_ones_and_more_add_new_ones() {
        assertThat(replanned(tuesdays(18, 2), ROOM).removed).containsExactly(existing.get(2), existing.get(3));
        assertThat(replanned(tuesdays(18, 6), ROOM).added).hasSize(2);
    }

    @Test
    void a_new_room_moves_every_lesson_without_attendance() {
        RoomId other = RoomId.newId();
        existing.get(3).markAttended();

        LessonPlan plan = replanned(tuesdays(18, 4), other);

        assertThat(plan.moved).containsExactly(existing.get(0), existing.get(1), existing.get(2));
        assertThat(plan.moved).extracting(Lesson::room).containsOnly(other);
        assertThat(plan.kept.get(0).room()).isEqualTo(ROOM);
    }

    @Test
    void refuses_a_rule_whose_lessons_overlap_each_other() {
        GroupSettings overlapping = settings(ScheduleRule.on(Duration.ofHours(2), LocalDateTime.of(2026, 10, 14, 9, 0),
                LocalDateTime.of(2026, 10, 14, 10, 0)), ROOM);

        assertThatThrownBy(() -> LessonPlan.timesOf(overlapping, HolidayCalendar.none()))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("group.schedule"));
    }

    @Test
    void refuses_a_rule_that_gives_no_lessons() {
        GroupSettings allHolidays = settings(ScheduleRule.weeklyUntil(OCT_13, Duration.ofHours(1),
                WeeklySlot.at(TUESDAY, LocalTime.NOON)), ROOM);

        assertThatThrownBy(() -> LessonPlan.timesOf(allHolidays, HolidayCalendar.of(OCT_13)))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.reason()).contains("no lessons"));
    }
}
