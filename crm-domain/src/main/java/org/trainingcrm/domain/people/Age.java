package org.trainingcrm.domain.people;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Age in whole years on a given day, and the day a person comes of age.
 *
 * <p>A year of life ends on the same date a year later; when that month has no such date (a
 * birthday on 29 February), it ends on the month's last day, 28 February. That is how the civil
 * codes of the centres' countries count periods in years (Russia art. 192, Ukraine art. 254,
 * Spain art. 5), and it is what {@link LocalDate#plusYears} does.
 */
public final class Age {

    /** Age at which a person no longer needs a parent or guardian. */
    public static final int OF_MAJORITY = 18;

    /** The oldest age a birth date may give; an earlier date is a typing error. */
    public static final int OLDEST = 130;

    private Age() {
    }

    /**
     * Whole years lived on the day.
     *
     * @throws IllegalArgumentException if the day is before the birth date
     */
    public static int on(LocalDate birthDate, LocalDate day) {
        if (day.isBefore(birthDate)) {
            throw new IllegalArgumentException("born on " + birthDate + ", so there is no age on " + day);
        }
        // the calendar difference may fall one short for 29 February, which plusYears settles
        int years = (int) ChronoUnit.YEARS.between(birthDate, day);
        return birthDate.plusYears(years + 1L).isAfter(day) ? years : years + 1;
    }

    /** The day a person born on the date turns 18. */
    public static LocalDate ofMajority(LocalDate birthDate) {
        return birthDate.plusYears(OF_MAJORITY);
    }

    /** Whether a person born on the date is under 18 on the day (or not yet born). */
    public static boolean isMinorOn(LocalDate birthDate, LocalDate day) {
        return day.isBefore(ofMajority(birthDate));
    }
}
