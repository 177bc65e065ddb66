package org.trainingcrm.domain.schedule;

import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.trainingcrm.domain.fixtures.Programmes.aCourse;
import static org.trainingcrm.domain.fixtures.Programmes.aGroup;
import static org.trainingcrm.domain.fixtures.Programmes.ninetyMinutes;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trainingcrm.domain.catalog.CourseId;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.fixtures.CrmContract;
import org.trainingcrm.domain.fixtures.Programmes;
import org.trainingcrm.domain.kernel.RuleViolation;

/** K4: a room or a teacher is never booked twice at overlapping times, across groups. */
public class DoubleBookingContract extends CrmContract {

    private static final LocalDate OCT_13 = LocalDate.of(2026, 10, 13);

    private Programmes programmes;
    private CourseId java;
    private CourseId python;
    private RoomId room;
    private RoomId otherRoom;
    private PersonId teacher;
    private PersonId otherTeacher;
    private GroupId booked;

    @BeforeEach
    final void aGroupOnTuesdayEvenings() {
        programmes = new Programmes(crm, store, centre);
        java = programmes.kyivCourse(aCourse("Java " + centre.tag));
        python = programmes.kyivCourse(aCourse("Python " + centre.tag));
        room = programmes.kyivRoom("Аудиторія 1", 12);
        otherRoom = programmes.kyivRoom("Аудиторія 2", 12);
        teacher = programmes.teacher("Шевчук Ірина");
        otherTeacher = programmes.teacher("Бондар Олег");
        booked = crm.groups().create(centre.administrator, java,
                aGroup("Java вечір", teacher, room, OCT_13, tuesdaysAt(18, 0, 3)), HolidayCalendar.none());
    }

    private static ScheduleRule tuesdaysAt(int hour, int minute, int lessons) {
        return ScheduleRule.weeklyCount(lessons, ninetyMinutes(), WeeklySlot.at(TUESDAY, LocalTime.of(hour, minute)));
    }

    private List<TimetableEntry> roomWeek() {
        return crm.timetable().ofRoom(centre.administrator, room, DateRange.weekOf(OCT_13, centre.kyivManager.locale()));
    }

    @Test
    public void refuses_a_second_booking_of_the_same_room_naming_the_clash_and_writes_nothing() {
        assertThatThrownBy(() -> crm.groups().create(centre.administrator, python,
                aGroup("Python вечір", otherTeacher, room, OCT_13, tuesdaysAt(19, 0, 3)), HolidayCalendar.none()))
                .isInstanceOfSatisfying(BookingClash.class, clash -> {
                    assertThat(clash.resource()).isEqualTo(BookingClash.Resource.ROOM);
                    assertThat(clash.rule()).isEqualTo("timetable.room.doubleBooked");
                    assertThat(clash.resourceId()).isEqualTo(room.toString());
                    assertThat(clash.clash().group()).isEqualTo(booked);
                    assertThat(clash.clash().startsAt()).isEqualTo(LocalDateTime.of(2026, 10, 13, 18, 0));
                    assertThat(clash.clash().endsAt()).isEqualTo(LocalDateTime.of(2026, 10, 13, 19, 30));
                    assertThat(clash.clash().zone()).isEqualTo(ZoneId.of("Europe/Kyiv"));
                    assertThat(clash.requestedStart()).isEqualTo(LocalDateTime.of(2026, 10, 13, 19, 0));
                    assertThat(clash.getMessage()).contains(booked.toString()).contains("2026-10-13T18:00");
                });
        assertThat(crm.groups().ofCourse(centre.administrator, python)).isEmpty();
        assertThat(roomWeek()).extracting(TimetableEntry::group).containsOnly(booked);
    }

    @Test
    public void refuses_a_second_booking_of_the_same_teacher_in_another_room() {
        assertThatThrownBy(() -> crm.groups().create(centre.administrator, python,
                aGroup("Python вечір", teacher, otherRoom, OCT_13.plusWeeks(2), tuesdaysAt(17, 0, 2)),
                HolidayCalendar.none()))
                .isInstanceOfSatisfying(BookingClash.class, clash -> {
                    assertThat(clash.resource()).isEqualTo(BookingClash.Resource.TEACHER);
                    assertThat(clash.rule()).isEqualTo("timetable.teacher.doubleBooked");
                    assertThat(clash.resourceId()).isEqualTo(teacher.toString());
                    assertThat(clash.clash().group()).isEqualTo(booked);
                    assertThat(clash.clash().startsAt()).isEqualTo(LocalDateTime.of(2026, 10, 27, 18, 0));
                });
        assertThat(crm.groups().ofCourse(centre.administrator, python)).isEmpty();
    }

    @Test
    public void a_lesson_that_starts_when_another_ends_is_no_clash() {
        GroupId after = crm.groups().create(centre.administrator, python,
                aGroup("Python пізно", teacher, room, OCT_13, tuesdaysAt(19, 30, 3)), HolidayCalendar.none());

        assertThat(roomWeek()).extracting(TimetableEntry::group, TimetableEntry::startsAt).containsExactly(
                tuple(booked, LocalDateTime.of(2026, 10, 13, 18, 0)),
                tuple(after, LocalDateTime.of(2026, 10, 13, 19, 30)));
    }

    @Test
    public void compares_lessons_of_groups_in_different_time_zones_by_the_instant() {
        // 17:00 in Warsaw is 18:00 in Kyiv: the same moment, whatever the clock on the wall says
        assertThatThrownBy(() -> crm.groups().create(centre.administrator, python,
                aGroup("Python online", otherTeacher, room, OCT_13, tuesdaysAt(17, 0, 1)).zone("Europe/Warsaw"),
                HolidayCalendar.none()))
                .isInstanceOf(BookingClash.class);
        GroupId earlier = crm.groups().create(centre.administrator, python,
                aGroup("Python online", otherTeacher, room, OCT_13, tuesdaysAt(18, 30, 1)).zone("Europe/Warsaw"),
                HolidayCalendar.none());
        assertThat(crm.timetable().lessonsOf(centre.administrator, earlier)).hasSize(1);
    }

    @Test
    public void refuses_a_regeneration_that_would_double_book_and_leaves_the_lessons_as_they_were() {
        GroupId morning = crm.groups().create(centre.administrator, python,
                aGroup("Python ранок", otherTeacher, room, OCT_13, tuesdaysAt(9, 0, 3)), HolidayCalendar.none());
        List<TimetableEntry> before = crm.timetable().lessonsOf(centre.administrator, morning);

        assertThatThrownBy(() -> crm.groups().revise(centre.administrator, morning, 1,
                aGroup("Python ранок", otherTeacher, room, OCT_13, tuesdaysAt(18, 30, 3)), HolidayCalendar.none()))
                .isInstanceOfSatisfying(BookingClash.class, clash -> assertThat(clash.clash().group()).isEqualTo(booked));

        assertThat(crm.timetable().lessonsOf(centre.administrator, morning)).isEqualTo(before);
        assertThat(crm.groups().card(centre.administrator, morning).settings().schedule())
                .isEqualTo(tuesdaysAt(9, 0, 3));
    }

    @Test
    public void moves_one_lesson_raising_its_sequence_and_refuses_a_move_into_a_booked_slot() {
        GroupId morning = crm.groups().create(centre.administrator, python,
                aGroup("Python ранок", otherTeacher, otherRoom, OCT_13, tuesdaysAt(9, 0, 2)), HolidayCalendar.none());
        LessonId first = crm.timetable().lessonsOf(centre.administrator, morning).get(0).lesson();

        crm.timetable().moveLesson(centre.administrator, first, LocalDateTime.of(2026, 10, 14, 11, 0), null);
        assertThatThrownBy(() -> crm.timetable().moveLesson(centre.administrator, first,
                LocalDateTime.of(2026, 10, 13, 18, 0), room))
                .isInstanceOfSatisfying(BookingClash.class,
                        clash -> assertThat(clash.resource()).isEqualTo(BookingClash.Resource.ROOM));

        TimetableEntry moved = crm.timetable().lesson(centre.administrator, first);
        assertThat(moved.startsAt()).isEqualTo(LocalDateTime.of(2026, 10, 14, 11, 0));
        assertThat(moved.endsAt()).isEqualTo(LocalDateTime.of(2026, 10, 14, 12, 30));
        assertThat(moved.room()).isEqualTo(otherRoom);
        assertThat(moved.sequence()).isEqualTo(1);
    }

    @Test
    public void refuses_to_move_a_lesson_whose_attendance_was_taken() {
        LessonId first = crm.timetable().lessonsOf(centre.administrator, booked).get(0).lesson();
        programmes.markAttended(first);

        assertThatThrownBy(() -> crm.timetable().moveLesson(centre.administrator, first,
                LocalDateTime.of(2026, 10, 16, 18, 0), null))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("lesson.attended"));
        assertThat(crm.timetable().lesson(centre.administrator, first).attendanceMarked()).isTrue();
        assertThat(crm.timetable().lesson(centre.administrator, first).startsAt())
                .isEqualTo(LocalDateTime.of(2026, 10, 13, 18, 0));
    }

    @Test
    public void a_lesson_of_the_maximum_length_is_still_found_by_the_overlap_check() {
        GroupId longDay = crm.groups().create(centre.administrator, python,
                aGroup("Інтенсив", otherTeacher, otherRoom, OCT_13, ScheduleRule.on(ScheduleRule.MAX_LESSON_LENGTH,
                        LocalDateTime.of(2026, 10, 15, 8, 0))), HolidayCalendar.none());

        assertThatThrownBy(() -> crm.groups().create(centre.administrator, java,
                aGroup("Вечір", teacher, otherRoom, OCT_13, ScheduleRule.on(Duration.ofMinutes(30),
                        LocalDateTime.of(2026, 10, 15, 19, 30))), HolidayCalendar.none()))
                .isInstanceOfSatisfying(BookingClash.class, clash -> assertThat(clash.clash().group()).isEqualTo(longDay));
    }
}
