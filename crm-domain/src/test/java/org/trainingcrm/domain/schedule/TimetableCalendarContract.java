package org.trainingcrm.domain.schedule;

import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
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

/** K5: timetables as calendar events with stable UIDs, for a room, a teacher and a group. */
public class TimetableCalendarContract extends CrmContract {

    private static final LocalDate OCT_13 = LocalDate.of(2026, 10, 13);
    private static final DateRange AUTUMN = DateRange.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31));

    private Programmes programmes;
    private RoomId room;
    private PersonId teacher;
    private GroupId group;

    @BeforeEach
    final void aGroupOfFourLessons() {
        programmes = new Programmes(crm, store, centre);
        CourseId course = programmes.kyivCourse(aCourse("Веб-дизайн 网页设计 " + centre.tag));
        room = programmes.kyivRoom("Аудиторія 9", 12);
        teacher = programmes.teacher("Гончаренко Ліна");
        group = crm.groups().create(centre.administrator, course, aGroup("Група А", teacher, room, OCT_13,
                ScheduleRule.weeklyCount(4, ninetyMinutes(), WeeklySlot.at(TUESDAY, LocalTime.of(18, 0)))),
                HolidayCalendar.none());
    }

    private static List<String> uids(TimetableCalendar calendar) {
        return calendar.events().stream().map(CalendarEvent::uid).toList();
    }

    @Test
    public void a_room_teacher_and_group_calendar_hold_one_event_per_lesson() {
        TimetableCalendar ofRoom = crm.calendars().ofRoom(centre.kyivManager, room, AUTUMN);
        TimetableCalendar ofTeacher = crm.calendars().ofTeacher(centre.kyivManager, teacher, AUTUMN);
        TimetableCalendar ofGroup = crm.calendars().ofGroup(centre.kyivManager, group, AUTUMN);

        List<TimetableEntry> lessons = crm.timetable().lessonsOf(centre.kyivManager, group);
        List<String> expected = lessons.stream().map(l -> "lesson-" + l.lesson().value() + "@trainingcrm.org").toList();
        assertThat(uids(ofRoom)).isEqualTo(expected);
        assertThat(uids(ofTeacher)).isEqualTo(expected);
        assertThat(uids(ofGroup)).isEqualTo(expected);
        assertThat(ofGroup.stamp()).isEqualTo(clock.instant());
        assertThat(ofRoom.name()).contains("Аудиторія 9");
        assertThat(ofGroup.events().get(0)).satisfies(event -> {
            assertThat(event.summary()).isEqualTo("Веб-дизайн 网页设计 " + centre.tag + " — Група А");
            assertThat(event.location()).isEqualTo("Аудиторія 9 " + centre.tag);
            assertThat(event.description()).isEqualTo("Гончаренко Ліна");
            assertThat(event.startsAt()).isEqualTo(LocalDateTime.of(2026, 10, 13, 18, 0));
            assertThat(event.endsAt()).isEqualTo(LocalDateTime.of(2026, 10, 13, 19, 30));
            assertThat(event.zone()).isEqualTo(ZoneId.of("Europe/Kyiv"));
            assertThat(event.sequence()).isZero();
        });
        assertThat(crm.calendars().exportGroup(centre.kyivManager, group, AUTUMN)).contains(expected);
    }

    @Test
    public void uids_stay_the_same_across_exports_and_after_a_regeneration_that_kept_the_lesson() {
        List<String> first = uids(crm.calendars().ofGroup(centre.kyivManager, group, AUTUMN));
        clock.advance(Duration.ofHours(1));
        List<String> second = uids(crm.calendars().ofGroup(centre.kyivManager, group, AUTUMN));
        LessonId attended = crm.timetable().lessonsOf(centre.administrator, group).get(0).lesson();
        programmes.markAttended(attended);

        crm.groups().revise(centre.administrator, group, crm.groups().card(centre.administrator, group).version(),
                aGroup("Група А", teacher, room, OCT_13, ScheduleRule.weeklyCount(4, ninetyMinutes(),
                        WeeklySlot.at(TUESDAY, LocalTime.of(19, 0)))), HolidayCalendar.none());
        TimetableCalendar third = crm.calendars().ofGroup(centre.kyivManager, group, AUTUMN);

        assertThat(second).isEqualTo(first);
        assertThat(uids(third)).startsWith(CalendarEvent.uidOf(attended)).containsAll(first);
        assertThat(third.events().get(0).sequence()).isZero();
        assertThat(third.events().get(0).startsAt()).isEqualTo(LocalDateTime.of(2026, 10, 13, 18, 0));
        assertThat(third.events().subList(1, 4)).allSatisfy(moved -> {
            assertThat(moved.sequence()).isEqualTo(1);
            assertThat(moved.startsAt().toLocalTime()).isEqualTo(LocalTime.of(19, 0));
        });
    }
}
