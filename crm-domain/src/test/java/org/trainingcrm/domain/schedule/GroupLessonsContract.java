package org.trainingcrm.domain.schedule;

import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.trainingcrm.domain.fixtures.Programmes.aCourse;
import static org.trainingcrm.domain.fixtures.Programmes.aGroup;
import static org.trainingcrm.domain.fixtures.Programmes.ninetyMinutes;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trainingcrm.domain.kernel.AccessDenied;
import org.trainingcrm.domain.catalog.CourseId;
import org.trainingcrm.domain.client.ClientForm;
import org.trainingcrm.domain.client.ClientId;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.fixtures.CrmContract;
import org.trainingcrm.domain.fixtures.Programmes;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.Money;
import org.trainingcrm.domain.kernel.RuleViolation;

/** K3, K4: groups and the lessons generated from their schedule rule, on any store. */
public class GroupLessonsContract extends CrmContract {

    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    private static final LocalDate OCT_13 = LocalDate.of(2026, 10, 13);

    private Programmes programmes;
    private CourseId course;
    private RoomId room;
    private PersonId teacher;

    @BeforeEach
    final void courseRoomAndTeacher() {
        programmes = new Programmes(crm, store, centre);
        course = programmes.kyivCourse(aCourse("Java для початківців " + centre.tag));
        room = programmes.kyivRoom("Аудиторія 5", 12);
        teacher = programmes.teacher("Коваленко Андрій");
    }

    private ScheduleRule tuesdaysAndThursdays(int lessons) {
        return ScheduleRule.weeklyCount(lessons, ninetyMinutes(), WeeklySlot.at(TUESDAY, LocalTime.of(18, 0)),
                WeeklySlot.at(THURSDAY, LocalTime.of(18, 0)));
    }

    private List<TimetableEntry> lessonsOf(GroupId group) {
        return crm.timetable().lessonsOf(centre.administrator, group);
    }

    @Test
    public void generates_weekly_lessons_skipping_a_holiday_across_a_daylight_saving_change() {
        // Kyiv leaves summer time on 25 October 2026; 15 October is a holiday
        GroupId group = crm.groups().create(centre.administrator, course,
                aGroup("Група 1", teacher, room, OCT_13, tuesdaysAndThursdays(6)),
                HolidayCalendar.of(LocalDate.of(2026, 10, 15)));

        List<TimetableEntry> lessons = lessonsOf(group);
        assertThat(lessons).extracting(TimetableEntry::startsAt).containsExactly(
                LocalDateTime.of(2026, 10, 13, 18, 0), LocalDateTime.of(2026, 10, 20, 18, 0),
                LocalDateTime.of(2026, 10, 22, 18, 0), LocalDateTime.of(2026, 10, 27, 18, 0),
                LocalDateTime.of(2026, 10, 29, 18, 0), LocalDateTime.of(2026, 11, 3, 18, 0));
        assertThat(lessons).allSatisfy(l -> {
            assertThat(l.endsAt()).isEqualTo(l.startsAt().plusMinutes(90));
            assertThat(l.zone()).isEqualTo(KYIV);
            assertThat(l.roomName()).isEqualTo("Аудиторія 5 " + centre.tag);
            assertThat(l.teacherName()).isEqualTo("Коваленко Андрій");
            assertThat(l.attendanceMarked()).isFalse();
        });
        List<Instant> stored = store.transactions().inTransaction(() -> lessons.stream()
                .map(l -> store.ports(SchedulePorts.class).lessons().byId(l.lesson()).orElseThrow().start()).toList());
        assertThat(stored).containsExactly(Instant.parse("2026-10-13T15:00:00Z"), Instant.parse("2026-10-20T15:00:00Z"),
                Instant.parse("2026-10-22T15:00:00Z"), Instant.parse("2026-10-27T16:00:00Z"),
                Instant.parse("2026-10-29T16:00:00Z"), Instant.parse("2026-11-03T16:00:00Z"));
        GroupCard card = crm.groups().card(centre.kyivManager, group);
        assertThat(card.status()).isEqualTo(GroupStatus.TENTATIVE);
        assertThat(card.lessons()).isEqualTo(6);
        assertThat(card.settings().schedule()).isEqualTo(tuesdaysAndThursdays(6));
    }

    @Test
    public void generates_weekly_lessons_up_to_an_end_date() {
        GroupId group = crm.groups().create(centre.administrator, course, aGroup("Група до дати", teacher, room,
                OCT_13, ScheduleRule.weeklyUntil(LocalDate.of(2026, 10, 27), Duration.ofMinutes(60),
                        WeeklySlot.at(TUESDAY, LocalTime.of(9, 30)))), HolidayCalendar.none());

        assertThat(lessonsOf(group)).extracting(TimetableEntry::startsAt).containsExactly(
                LocalDateTime.of(2026, 10, 13, 9, 30), LocalDateTime.of(2026, 10, 20, 9, 30),
                LocalDateTime.of(2026, 10, 27, 9, 30));
    }

    @Test
    public void generates_lessons_at_explicit_date_times_even_on_a_holiday() {
        ClientId payer = crm.clients().register(centre.kyivManager,
                ClientForm.organisation("ТОВ Замовник " + centre.tag));
        LocalDateTime saturday = LocalDateTime.of(2026, 10, 17, 10, 0);
        LocalDateTime sunday = LocalDateTime.of(2026, 10, 18, 12, 30);

        GroupId group = crm.groups().create(centre.administrator, course,
                aGroup("周末班 " + centre.tag, teacher, room, OCT_13, ScheduleRule.on(Duration.ofHours(3), sunday, saturday))
                        .payer(payer), HolidayCalendar.of(sunday.toLocalDate()));

        assertThat(lessonsOf(group)).extracting(TimetableEntry::startsAt, TimetableEntry::endsAt).containsExactly(
                tuple(saturday, saturday.plusHours(3)),
                tuple(sunday, sunday.plusHours(3)));
        GroupCard card = crm.groups().card(centre.administrator, group);
        assertThat(card.settings().name()).isEqualTo("周末班 " + centre.tag);
        assertThat(card.settings().payer()).isEqualTo(payer);
        assertThat(card.settings().runningCost()).isEqualTo(Money.of("30000", "UAH"));
    }

    @ParameterizedTest(name = "{0} = ''{1}'' is refused")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "group.name                   | ' '",
        "group.seats                  | 0",
        "group.seats                  | -3",
        "group.seats                  | 13",
        "group.zone                   | Mars/Olympus",
        "group.runningCost            | -1 UAH",
        "group.runningCost            | 30000 EUR",
        "group.teacher                | unknown",
        "group.room                   | unknown",
        "group.payer                  | unknown",
        "group.schedule.until         | 2026-10-01",
        "group.schedule.lessonLength  | PT0S",
        "group.schedule.lessonCount   | 0",
        "group.schedule               | overlapping",
    })
    public void refuses_each_invalid_group_field_naming_it_and_writes_nothing(String field, String value) {
        assertThatThrownBy(() -> crm.groups().create(centre.administrator, course, form(field, value),
                HolidayCalendar.none()))
                .isInstanceOfSatisfying(InvalidValue.class, refused -> {
                    assertThat(refused.field()).isEqualTo(field);
                    if (!List.of("unknown", "overlapping", "30000 EUR").contains(value)) {
                        assertThat(refused.value()).isEqualTo(value);
                    }
                });
        assertThat(crm.groups().ofCourse(centre.administrator, course)).isEmpty();
        assertThat(crm.timetable().ofRoom(centre.administrator, room, DateRange.of(OCT_13, OCT_13.plusYears(1))))
                .isEmpty();
    }

    private GroupForm form(String field, String value) {
        GroupForm form = aGroup("Група", teacher, room, OCT_13, tuesdaysAndThursdays(4));
        return switch (field) {
            case "group.name" -> form.name(value);
            case "group.seats" -> form.seats(Integer.valueOf(value));
            case "group.zone" -> form.zone(value);
            case "group.runningCost" -> form.runningCost(value.split(" ")[0], value.split(" ")[1]);
            case "group.teacher" -> form.teacher(PersonId.newId());
            case "group.room" -> form.room(RoomId.newId());
            case "group.payer" -> form.payer(ClientId.newId());
            case "group.schedule.until" -> form.schedule(ScheduleRule.weeklyUntil(LocalDate.parse(value),
                    ninetyMinutes(), WeeklySlot.at(TUESDAY, LocalTime.NOON)));
            case "group.schedule.lessonLength" -> form.schedule(ScheduleRule.weeklyCount(4, Duration.parse(value),
                    WeeklySlot.at(TUESDAY, LocalTime.NOON)));
            case "group.schedule.lessonCount" -> form.schedule(ScheduleRule.weeklyCount(Integer.parseInt(value),
                    ninetyMinutes(), WeeklySlot.at(TUESDAY, LocalTime.NOON)));
            case "group.schedule" -> form.schedule(ScheduleRule.on(Duration.ofHours(2),
                    LocalDateTime.of(2026, 10, 14, 10, 0), LocalDateTime.of(2026, 10, 14, 11, 0)));
            default -> throw new IllegalArgumentException(field);
        };
    }

    @Test
    public void refuses_a_group_for_a_course_that_is_over() {
        crm.catalog().cancel(centre.administrator, course, "Курс закрито");

        assertThatThrownBy(() -> crm.groups().create(centre.administrator, course,
                aGroup("Запізніла група", teacher, room, OCT_13, tuesdaysAndThursdays(2)), HolidayCalendar.none()))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("group.course.closed"));
    }

    @Test
    public void moves_a_group_through_its_statuses_and_refuses_illegal_steps() {
        GroupId group = crm.groups().create(centre.administrator, course,
                aGroup("Група статусів", teacher, room, OCT_13, tuesdaysAndThursdays(2)), HolidayCalendar.none());

        assertThatThrownBy(() -> crm.groups().finish(centre.administrator, group))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.rule()).isEqualTo("group.status.transition"));
        crm.groups().confirm(centre.administrator, group);
        assertThat(crm.groups().card(centre.kyivManager, group).status()).isEqualTo(GroupStatus.CONFIRMED);
        crm.groups().finish(centre.administrator, group);
        assertThat(crm.groups().card(centre.kyivManager, group).status()).isEqualTo(GroupStatus.FINISHED);
        assertThatThrownBy(() -> crm.groups().cancel(centre.administrator, group)).isInstanceOf(RuleViolation.class);
    }

    @Test
    public void cancelling_a_group_frees_its_room_but_keeps_lessons_with_attendance() {
        GroupId group = crm.groups().create(centre.administrator, course,
                aGroup("Скасована група", teacher, room, OCT_13, tuesdaysAndThursdays(4)), HolidayCalendar.none());
        LessonId first = lessonsOf(group).get(0).lesson();
        programmes.markAttended(first);

        crm.groups().cancel(centre.administrator, group);

        assertThat(lessonsOf(group)).extracting(TimetableEntry::lesson).containsExactly(first);
        GroupId replacement = crm.groups().create(centre.administrator, course,
                aGroup("Нова група", programmes.teacher("Інший викладач"), room, OCT_13.plusDays(1),
                        ScheduleRule.weeklyCount(3, ninetyMinutes(), WeeklySlot.at(THURSDAY, LocalTime.of(18, 0)))),
                HolidayCalendar.none());
        assertThat(lessonsOf(replacement)).hasSize(3);
    }

    @Test
    public void derives_the_full_and_profitable_flags_from_the_enrolled_count() {
        // 10 seats, 12 000 UAH a seat, 30 000 UAH to run
        GroupId group = crm.groups().create(centre.administrator, course,
                aGroup("Група прапорців", teacher, room, OCT_13, tuesdaysAndThursdays(2)), HolidayCalendar.none());

        GroupFlags two = crm.groups().flags(centre.kyivManager, group, 2);
        GroupFlags three = crm.groups().flags(centre.kyivManager, group, 3);
        GroupFlags ten = crm.groups().flags(centre.kyivManager, group, 10);

        assertThat(two.profitable()).isFalse();
        assertThat(two.revenue()).isEqualTo(Money.of("24000", "UAH"));
        assertThat(two.full()).isFalse();
        assertThat(two.freeSeats()).isEqualTo(8);
        assertThat(three.profitable()).isTrue();
        assertThat(ten.full()).isTrue();
        assertThat(ten.freeSeats()).isZero();
        assertThatThrownBy(() -> crm.groups().flags(centre.kyivManager, group, -1))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("group.enrolled"));
    }

    @Test
    public void managers_read_groups_but_do_not_set_them_up() {
        assertThatThrownBy(() -> crm.groups().create(centre.kyivManager, course,
                aGroup("Група менеджера", teacher, room, OCT_13, tuesdaysAndThursdays(2)), HolidayCalendar.none()))
                .isInstanceOfSatisfying(AccessDenied.class,
                        e -> assertThat(e.permission()).isEqualTo(SchedulePermission.TIMETABLE_EDIT));
        assertThat(crm.groups().ofCourse(centre.kyivManager, course)).isEmpty();
    }
}
