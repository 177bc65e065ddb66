package org.trainingcrm.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.trainingcrm.domain.schedule.CalendarEvent;
import org.trainingcrm.domain.schedule.TimetableCalendar;

class ICalendarWriterTest {

    private static final Instant STAMP = Instant.parse("2026-09-01T09:00:00Z");
    private final ICalendarWriter writer = new ICalendarWriter();

    private static CalendarEvent event(String uid, ZoneId zone, String summary, String location) {
        return new CalendarEvent(uid, 0, LocalDateTime.of(2026, 10, 20, 18, 0), LocalDateTime.of(2026, 10, 20, 19, 30),
                zone, summary, location, null);
    }

    private static Calendar parse(String text) throws IOException, ParserException {
        return new CalendarBuilder().build(new StringReader(text));
    }

    @Test
    void writes_a_zone_given_only_as_an_offset_in_utc() throws Exception {
        String text = writer.write(new TimetableCalendar("Online", STAMP,
                List.of(event("lesson-1@trainingcrm.org", ZoneOffset.ofHours(3), "Онлайн", null))));

        VEvent event = parse(text).<VEvent>getComponents("VEVENT").get(0);
        Temporal start = event.getStartDate().orElseThrow().getDate();
        assertThat(Instant.from(start)).isEqualTo(Instant.parse("2026-10-20T15:00:00Z"));
        assertThat(text).contains("DTSTART:20261020T150000Z").doesNotContain("VTIMEZONE").doesNotContain("LOCATION");
    }

    @Test
    void folds_long_lines_of_any_script_and_reads_them_back_whole() throws Exception {
        String summary = "高级商务汉语课程：谈判、合同与跨文化沟通 — Группа повышенного уровня для руководителей".repeat(3);

        String text = writer.write(new TimetableCalendar("Довгий", STAMP,
                List.of(event("lesson-2@trainingcrm.org", ZoneId.of("Asia/Shanghai"), summary, "Зал; №2, корпус \"Б\""))));

        assertThat(text.lines()).allSatisfy(line -> assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .hasSizeLessThanOrEqualTo(75));
        VEvent event = parse(text).<VEvent>getComponents("VEVENT").get(0);
        assertThat(event.getProperty("SUMMARY").orElseThrow().getValue()).isEqualTo(summary);
        assertThat(event.getProperty("LOCATION").orElseThrow().getValue()).isEqualTo("Зал; №2, корпус \"Б\"");
        assertThat(text).contains("TZID:Asia/Shanghai").contains("\r\n");
    }

    @Test
    void writes_a_timetable_without_lessons_as_a_calendar_without_events() throws Exception {
        String text = writer.write(new TimetableCalendar("Порожньо", STAMP, List.of()));

        assertThat(parse(text).getComponents("VEVENT")).isEmpty();
        assertThat(text).startsWith("BEGIN:VCALENDAR").contains("PRODID:" + ICalendarWriter.PRODUCT);
    }
}
