package org.trainingcrm.domain.catalog;

import java.time.LocalDate;

/** Where a course lies in time relative to a given day: the catalogue's past, current and upcoming. */
public enum CourseTiming {
    /** Its last day is before the day. */
    PAST,
    /** It started on or before the day and ends on or after it. */
    CURRENT,
    /** It starts after the day. */
    UPCOMING;

    /** The timing of a course held from {@code start} to {@code last} (both inclusive) as seen on {@code today}. */
    public static CourseTiming of(LocalDate start, LocalDate last, LocalDate today) {
        if (last.isBefore(today)) {
            return PAST;
        }
        return start.isAfter(today) ? UPCOMING : CURRENT;
    }
}
