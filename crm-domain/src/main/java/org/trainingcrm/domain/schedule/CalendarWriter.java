package org.trainingcrm.domain.schedule;

/**
 * Port: writes a timetable as an iCalendar document (RFC 5545), one VEVENT per lesson. The
 * CRM database module implements it with ical4j; the domain itself stays free of it.
 */
public interface CalendarWriter {

    /** The calendar as iCalendar text (CRLF line ends, folded lines), ready to serve as text/calendar. */
    String write(TimetableCalendar calendar);
}
