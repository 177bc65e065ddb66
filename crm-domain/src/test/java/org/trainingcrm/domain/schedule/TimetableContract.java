package org.trainingcrm.domain.schedule;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.trainingcrm.domain.fixtures.Programmes.aCourse;
import static org.trainingcrm.domain.fixtures.Programmes.aGroup;
import static org.trainingcrm.domain.fixtures.Programmes.ninetyMinutes;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trainingcrm.domain.kernel.AccessDenied;
import org.trainingcrm.domain.catalog.CourseId;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.fixtures.CrmContract;
import org.trainingcrm.domain.fixtures.Programmes;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.RuleViolation;

/** K3, K4, K7: rooms, and the timetable by room, teacher and group for a day, a week or any range. */
public class TimetableContract extends CrmContract {

    private static final LocalDate MON_OCT_12 = LocalDate.of(2026, 10, 12);

    private Programmes programmes;
    private RoomId room;
    private RoomId lab;
    private PersonId teacher;
    private GroupId evening;
    private GroupId morning;
    private GroupId labGroup;

    @BeforeEach
    final void threeGroupsInTwoRooms() {
        programmes = new Programmes(crm, store, centre);
        CourseId java = programmes.kyivCourse(aCourse("Java " + centre.tag));
        CourseId design = programmes.kyivCourse(aCourse("Дизайн " + centre.tag));
        room = programmes.kyivRoom("Аудиторія 3", 12);
        lab = programmes.kyivRoom("Лабораторія", 12);
        teacher = programmes.teacher("Ткаченко Марія");
        PersonId designer = programmes.teacher("Лисенко Богдан");
        evening = crm.groups().create(centre.administrator, java, aGroup("Java вечір", teacher, room, MON_OCT_12,
                weekly(8, TUESDAY, THURSDAY, 18)), HolidayCalendar.none());
        morning = crm.groups().create(centre.administrator, design, aGroup("Дизайн ранок", designer, room,
                MON_OCT_12, weekly(8, MONDAY, WEDNESDAY, 10)), HolidayCalendar.none());
        labGroup = crm.groups().create(centre.administrator, java, aGroup("Java лабораторія", teacher, lab,
                MON_OCT_12, weekly(4, MONDAY, WEDNESDAY, 14)), HolidayCalendar.none());
    }

    private static ScheduleRule weekly(int lessons, DayOfWeek first, DayOfWeek second, int hour) {
        return ScheduleRule.weeklyCount(lessons, ninetyMinutes(), WeeklySlot.at(first, LocalTime.of(hour, 0)),
                WeeklySlot.at(second, LocalTime.of(hour, 0)));
    }

    @Test
    public void lists_a_rooms_lessons_of_one_day_and_of_one_week_by_start_across_groups() {
        List<TimetableEntry> tuesday = crm.timetable().ofRoom(centre.kyivManager, room,
                DateRange.day(LocalDate.of(2026, 10, 13)));
        List<TimetableEntry> week = crm.timetable().ofRoom(centre.kyivManager, room,
                DateRange.weekOf(LocalDate.of(2026, 10, 14), Locale.forLanguageTag("uk")));

        assertThat(tuesday).singleElement().satisfies(e -> {
            assertThat(e.group()).isEqualTo(evening);
            assertThat(e.groupName()).isEqualTo("Java вечір");
            assertThat(e.courseTitle()).isEqualTo("Java " + centre.tag);
            assertThat(e.roomName()).isEqualTo("Аудиторія 3 " + centre.tag);
            assertThat(e.teacherName()).isEqualTo("Ткаченко Марія");
            assertThat(e.startsAt()).isEqualTo(LocalDateTime.of(2026, 10, 13, 18, 0));
        });
        assertThat(week).extracting(TimetableEntry::group, TimetableEntry::startsAt).containsExactly(
                tuple(morning, LocalDateTime.of(2026, 10, 12, 10, 0)),
                tuple(evening, LocalDateTime.of(2026, 10, 13, 18, 0)),
                tuple(morning, LocalDateTime.of(2026, 10, 14, 10, 0)),
                tuple(evening, LocalDateTime.of(2026, 10, 15, 18, 0)));
    }

    @Test
    public void lists_a_teachers_lessons_in_every_room_for_a_day_and_a_week() {
        List<TimetableEntry> monday = crm.timetable().ofTeacher(centre.kyivManager, teacher, DateRange.day(MON_OCT_12));
        List<TimetableEntry> week = crm.timetable().ofTeacher(centre.kyivManager, teacher,
                DateRange.weekOf(MON_OCT_12, Locale.forLanguageTag("uk")));

        assertThat(monday).extracting(TimetableEntry::group, TimetableEntry::room).containsExactly(tuple(labGroup, lab));
        assertThat(week).extracting(TimetableEntry::group, TimetableEntry::startsAt).containsExactly(
                tuple(labGroup, LocalDateTime.of(2026, 10, 12, 14, 0)),
                tuple(evening, LocalDateTime.of(2026, 10, 13, 18, 0)),
                tuple(labGroup, LocalDateTime.of(2026, 10, 14, 14, 0)),
                tuple(evening, LocalDateTime.of(2026, 10, 15, 18, 0)));
        assertThat(crm.timetable().ofTeacher(centre.madridManager, teacher, DateRange.weekOf(MON_OCT_12, Locale.ROOT)))
                .isEmpty();
    }

    @Test
    public void lists_a_groups_lessons_for_a_day_a_week_and_any_range() {
        assertThat(crm.timetable().ofGroup(centre.kyivManager, evening, DateRange.day(MON_OCT_12))).isEmpty();
        assertThat(crm.timetable().ofGroup(centre.kyivManager, evening,
                DateRange.weekOf(MON_OCT_12, Locale.forLanguageTag("uk")))).hasSize(2);
        assertThat(crm.timetable().ofGroup(centre.kyivManager, evening,
                DateRange.of(LocalDate.of(2026, 10, 15), LocalDate.of(2026, 10, 27))))
                .extracting(e -> e.startsAt().toLocalDate()).containsExactly(LocalDate.of(2026, 10, 15),
                        LocalDate.of(2026, 10, 20), LocalDate.of(2026, 10, 22), LocalDate.of(2026, 10, 27));
        assertThatThrownBy(() -> DateRange.of(LocalDate.of(2026, 10, 27), LocalDate.of(2026, 10, 15)))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("range.to"));
        assertThatThrownBy(() -> crm.timetable().ofGroup(centre.madridManager, evening, DateRange.day(MON_OCT_12)))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    public void keeps_rooms_per_branch_with_their_seats() {
        assertThat(crm.rooms().list(centre.kyivManager)).extracting(RoomEntry::name)
                .containsSubsequence("Аудиторія 3 " + centre.tag, "Лабораторія " + centre.tag);
        assertThat(crm.rooms().list(centre.madridManager)).extracting(RoomEntry::id).doesNotContain(room, lab);

        assertThatThrownBy(() -> crm.rooms().add(centre.administrator, centre.kyiv, "аудиторія 3 " + centre.tag, 5))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("room.name"));
        assertThatThrownBy(() -> crm.rooms().add(centre.administrator, centre.kyiv, "Нова", 0))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("room.seats"));
        assertThatThrownBy(() -> crm.rooms().add(centre.kyivManager, "Менеджерська", 4))
                .isInstanceOf(AccessDenied.class);
        RoomEntry entry = crm.rooms().list(centre.kyivManager).stream().filter(r -> r.id().equals(room)).findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> crm.rooms().revise(centre.administrator, room, entry.version(), "Аудиторія 3", 8))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.rule()).isEqualTo("room.seats.belowGroup"));
        crm.rooms().revise(centre.administrator, room, entry.version(), "Аудиторія 3 (оновлена) " + centre.tag, 20);
        assertThat(crm.timetable().ofRoom(centre.kyivManager, room, DateRange.day(MON_OCT_12)))
                .extracting(TimetableEntry::roomName).containsOnly("Аудиторія 3 (оновлена) " + centre.tag);
    }
}
