package org.trainingcrm.domain.kernel;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The window of days the CRM accepts: from {@value #FIRST_YEAR}-01-01 to {@value #LAST_YEAR}-12-31.
 *
 * <p>Every date a person gives (a course's or group's days, a lesson's start, a birth date, a
 * schedule's last day) is checked against it before anything is computed from it, so that
 * {@code LocalDate.MIN}, {@code LocalDate.MAX} or the year 10000 are refused as {@link InvalidValue}
 * instead of overflowing date arithmetic or the store's DATE columns (Derby's end at 9999). The
 * window holds the birth dates of anyone alive and leaves a long-lived schedule well inside
 * what every supported database stores; a date outside it is a typing error.
 */
public final class CalendarBounds {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2200;

    /** The first day accepted. */
    public static final LocalDate FIRST_DAY = LocalDate.of(FIRST_YEAR, 1, 1);

    /** The last day accepted. */
    public static final LocalDate LAST_DAY = LocalDate.of(LAST_YEAR, 12, 31);

    private CalendarBounds() {
    }

    /**
     * The day when it lies in the window; null passes, for optional dates.
     *
     * @throws InvalidValue under the field when the day is outside the window
     */
    public static LocalDate check(String field, LocalDate day) {
        if (day != null && (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY))) {
            throw new InvalidValue(field, day, "must lie between " + FIRST_DAY + " and " + LAST_DAY);
        }
        return day;
    }

    /**
     * The day when it is given and lies in the window.
     *
     * @throws InvalidValue under the field when the day is missing or outside the window
     */
    public static LocalDate required(String field, LocalDate day) {
        if (day == null) {
            throw new InvalidValue(field, null, "is required");
        }
        return check(field, day);
    }

    /**
     * The moment when its day lies in the window; null passes.
     *
     * @throws InvalidValue under the field when the day is outside the window
     */
    public static LocalDateTime check(String field, LocalDateTime moment) {
        if (moment != null && !includes(moment.toLocalDate())) {
            throw new InvalidValue(field, moment, "must lie between " + FIRST_DAY + " and " + LAST_DAY);
        }
        return moment;
    }

    /** True when the day lies in the window. */
    public static boolean includes(LocalDate day) {
        return day != null && !day.isBefore(FIRST_DAY) && !day.isAfter(LAST_DAY);
    }
}
