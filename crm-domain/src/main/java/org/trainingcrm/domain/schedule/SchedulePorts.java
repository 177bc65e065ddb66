package org.trainingcrm.domain.schedule;

import java.util.Objects;

/** The timetable's ports (K3–K5); the calendar writer turns lessons into iCalendar text. */
public record SchedulePorts(Rooms rooms, Groups groups, Lessons lessons, BookingLocks bookingLocks, CalendarWriter calendarWriter) {

    public SchedulePorts {
        Objects.requireNonNull(rooms, "rooms");
        Objects.requireNonNull(groups, "groups");
        Objects.requireNonNull(lessons, "lessons");
        Objects.requireNonNull(bookingLocks, "bookingLocks");
        Objects.requireNonNull(calendarWriter, "calendarWriter");
    }
}
