package org.trainingcrm.domain.schedule;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A timetable ready to be written as an iCalendar document: a name, the moment it was made
 * (every event's DTSTAMP) and one event per lesson, by start.
 */
public record TimetableCalendar(String name, Instant stamp, List<CalendarEvent> events) {

    public TimetableCalendar {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(stamp, "stamp");
        events = List.copyOf(events);
    }
}
