package org.trainingcrm.domain.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.time.temporal.WeekFields;
import java.util.Locale;
import org.trainingcrm.domain.kernel.CalendarBounds;
import org.trainingcrm.domain.kernel.InvalidValue;

/** The days a timetable covers, both included: a day, a week, or any range. */
public record DateRange(LocalDate from, LocalDate to) {

    public DateRange {
        CalendarBounds.required("range.from", from);
        CalendarBounds.required("range.to", to);
        if (to.isBefore(from)) {
            throw new InvalidValue("range.to", to, "is before the first day " + from);
        }
    }

    public static DateRange of(LocalDate from, LocalDate to) {
        return new DateRange(from, to);
    }

    public static DateRange day(LocalDate day) {
        return new DateRange(day, day);
    }

    /** The week that holds the day, starting on the first weekday of the locale (Monday in most of Europe). */
    public static DateRange weekOf(LocalDate day, Locale locale) {
        DayOfWeek first = WeekFields.of(locale).getFirstDayOfWeek();
        LocalDate start = day.with(TemporalAdjusters.previousOrSame(first));
        return new DateRange(start, start.plusDays(6));
    }

    /** The first moment of the range, local. */
    public LocalDateTime start() {
        return from.atStartOfDay();
    }

    /** The first moment after the range, local. */
    public LocalDateTime endExclusive() {
        return to.plusDays(1).atStartOfDay();
    }
}
