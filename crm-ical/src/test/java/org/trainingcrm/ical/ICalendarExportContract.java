package org.trainingcrm.ical;

import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.trainingcrm.domain.fixtures.Programmes.aCourse;
import static org.trainingcrm.domain.fixtures.Programmes.aGroup;
import static org.trainingcrm.domain.fixtures.Programmes.ninetyMinutes;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trainingcrm.domain.catalog.CourseId;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.fixtures.CrmContract;
import org.trainingcrm.domain.fixtures.Programmes;
import org.trainingcrm.domain.schedule.DateRange;
import org.trainingcrm.domain.schedule.GroupId;
import org.trainingcrm.domain.schedule.HolidayCalendar;
import org.trainingcrm.domain.schedule.LessonId;
import org.trainingcrm.domain.schedule.RoomId;
import org.trainingcrm.domain.schedule.ScheduleRule;
import org.trainingcrm.domain.schedule.TimetableEntry;
import org.trainingcrm.domain.schedule.WeeklySlot;
import org.trainingcrm.ical.ICalendarWriter;

/**
 * K5 end to end: the exported text is RFC 5545 that ical4j reads back, one VEVENT per lesson
 * with its zone, UID and SEQUENCE; UIDs survive a second export and a regeneration.
 */
class ICalendarExportContract extends CrmContract {

    private static final DateRange AUTUMN = DateRange.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31));

    private Programmes programmes;
    private RoomId room;
    private PersonId teacher;
    private GroupId evening;
    private GroupId morning;

    @BeforeEach
    final void twoGroupsInOneRoom() {
        programmes = new Programmes(crm, store, centre);
        CourseId course = programmes.kyivCourse(aCourse("Українська мова 中文 " + centre.tag));
        room = programmes.kyivRoom("Аудиторія «Світанок»", 12);
        teacher = programmes.teacher("Романенко Ольга");
        evening = crm.groups().create(centre.administrator, course, aGroup("Вечірня, група; №1", teacher, room,
                LocalDate.of(2026, 10, 20), weekly(TUESDAY, 18, 3)), HolidayCalendar.none());
        morning = crm.groups().create(centre.administrator, course, aGroup("Ранкова", programmes.teacher("Інший"),
                room, LocalDate.of(2026, 10, 20), weekly(THURSDAY, 9, 2)), HolidayCalendar.none());
    }

    private static ScheduleRule weekly(DayOfWeek day, int hour, int lessons) {
        return ScheduleRule.weeklyCount(lessons, ninetyMinutes(), WeeklySlot.at(day, LocalTime.of(hour, 0)));
    }

    @Test
    void writes_a_groups_lessons_as_events_in_the_groups_zone_across_a_daylight_saving_change() {
        Calendar calendar = parse(crm.calendars().exportGroup(centre.kyivManager, evening, AUTUMN));

        assertThat(value(calendar.getProperty("PRODID"))).isEqualTo(ICalendarWriter.PRODUCT);
        assertThat(value(calendar.getProperty("VERSION"))).isEqualTo("2.0");
        List<VTimeZone> zones = calendar.getComponents("VTIMEZONE");
        assertThat(zones).extracting(zone -> value(zone.getProperty("TZID"))).containsExactly("Europe/Kyiv");
        List<VEvent> events = calendar.getComponents("VEVENT");
        List<TimetableEntry> lessons = crm.timetable().lessonsOf(centre.kyivManager, evening);
        assertThat(events).extracting(e -> value(e.getProperty("UID")))
                .containsExactlyElementsOf(lessons.stream().map(l -> uidOf(l.lesson())).toList());
        assertThat(events).extracting(e -> start(e).toLocalDateTime()).containsExactly(
                LocalDateTime.of(2026, 10, 20, 18, 0), LocalDateTime.of(2026, 10, 27, 18, 0),
                LocalDateTime.of(2026, 11, 3, 18, 0));
        assertThat(events).extracting(e -> start(e).toInstant()).containsExactly(
                Instant.parse("2026-10-20T15:00:00Z"), Instant.parse("2026-10-27T16:00:00Z"),
                Instant.parse("2026-11-03T16:00:00Z"));
        assertThat(events.get(0)).satisfies(event -> {
            assertThat(((DateProperty<?>) event.getProperty("DTSTART").orElseThrow()).getParameter("TZID"))
                    .hasValueSatisfying(tzid -> assertThat(tzid.getValue()).isEqualTo("Europe/Kyiv"));
            assertThat(end(event).toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 10, 20, 19, 30));
            assertThat(value(event.getProperty("SUMMARY")))
                    .isEqualTo("Українська мова 中文 " + centre.tag + " — Вечірня, група; №1");
            assertThat(value(event.getProperty("LOCATION"))).isEqualTo("Аудиторія «Світанок» " + centre.tag);
            assertThat(value(event.getProperty("DESCRIPTION"))).isEqualTo("Романенко Ольга");
            assertThat(value(event.getProperty("SEQUENCE"))).isEqualTo("0");
            assertThat(value(event.getProperty("DTSTAMP"))).isEqualTo("20260901T090000Z");
        });
    }

    @Test
    void writes_a_rooms_and_a_teachers_timetable() {
        List<VEvent> ofRoom = parse(crm.calendars().exportRoom(centre.kyivManager, room, AUTUMN))
                .getComponents("VEVENT");
        List<VEvent> ofTeacher = parse(crm.calendars().exportTeacher(centre.kyivManager, teacher, AUTUMN))
                .getComponents("VEVENT");

        assertThat(ofRoom).extracting(e -> start(e).toLocalDateTime()).containsExactly(
                LocalDateTime.of(2026, 10, 20, 18, 0), LocalDateTime.of(2026, 10, 22, 9, 0),
                LocalDateTime.of(2026, 10, 27, 18, 0), LocalDateTime.of(2026, 10, 29, 9, 0),
                LocalDateTime.of(2026, 11, 3, 18, 0));
        assertThat(ofTeacher).hasSize(3).allSatisfy(e -> assertThat(value(e.getProperty("SUMMARY")))
                .endsWith("Вечірня, група; №1"));
    }

    @Test
    void uids_are_equal_across_two_exports_and_after_a_regeneration_that_kept_the_lesson() {
        List<String> first = uids(crm.calendars().exportGroup(centre.kyivManager, evening, AUTUMN));
        List<String> second = uids(crm.calendars().exportGroup(centre.kyivManager, evening, AUTUMN));
        LessonId attended = crm.timetable().lessonsOf(centre.administrator, evening).get(0).lesson();
        programmes.markAttended(attended);

        crm.groups().revise(centre.administrator, evening, crm.groups().card(centre.administrator, evening).version(),
                aGroup("Вечірня, група; №1", teacher, room, LocalDate.of(2026, 10, 20), weekly(TUESDAY, 19, 3)),
                HolidayCalendar.none());
        List<VEvent> third = parse(crm.calendars().exportGroup(centre.kyivManager, evening, AUTUMN))
                .getComponents("VEVENT");

        assertThat(second).isEqualTo(first);
        assertThat(third).extracting(e -> value(e.getProperty("UID"))).containsExactlyInAnyOrderElementsOf(first);
        VEvent kept = third.stream().filter(e -> value(e.getProperty("UID")).equals(uidOf(attended))).findFirst()
                .orElseThrow();
        assertThat(start(kept).toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 10, 20, 18, 0));
        assertThat(value(kept.getProperty("SEQUENCE"))).isEqualTo("0");
        assertThat(third).filteredOn(e -> e != kept).allSatisfy(moved -> {
            assertThat(value(moved.getProperty("SEQUENCE"))).isEqualTo("1");
            assertThat(start(moved).toLocalTime()).isEqualTo(LocalTime.of(19, 0));
        });
    }

    private static String uidOf(LessonId lesson) {
        return "lesson-" + lesson.value() + "@trainingcrm.org";
    }

    private static List<String> uids(String text) {
        List<VEvent> events = parse(text).getComponents("VEVENT");
        return events.stream().map(e -> value(e.getProperty("UID"))).toList();
    }

    private static ZonedDateTime start(VEvent event) {
        return (ZonedDateTime) event.getStartDate().orElseThrow().getDate();
    }

    private static ZonedDateTime end(VEvent event) {
        return (ZonedDateTime) event.getEndDate().orElseThrow().getDate();
    }

    private static String value(Optional<? extends Property> property) {
        return property.orElseThrow().getValue();
    }

    private static Calendar parse(String text) {
        try {
            return new CalendarBuilder().build(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserException e) {
            throw new AssertionError("not an iCalendar document:\n" + text, e);
        }
    }
}
