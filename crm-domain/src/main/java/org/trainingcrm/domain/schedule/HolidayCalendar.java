package org.trainingcrm.domain.schedule;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.trainingcrm.domain.kernel.InvalidValue;

/**
 * The days on which no lessons are held (public holidays, the centre's closures); the caller
 * gives it, since holidays differ by country and by centre.
 */
public record HolidayCalendar(Set<LocalDate> days) {

    public HolidayCalendar {
        if (days == null || days.stream().anyMatch(Objects::isNull)) {
            throw new InvalidValue("holidays", days, "name every day, without gaps");
        }
        days = Set.copyOf(days);
    }

    /** No holidays at all. */
    public static HolidayCalendar none() {
        return new HolidayCalendar(Set.of());
    }

    public static HolidayCalendar of(LocalDate... days) {
        return new HolidayCalendar(days == null ? null : new HashSet<>(Arrays.asList(days)));
    }

    public static HolidayCalendar of(Collection<LocalDate> days) {
        return new HolidayCalendar(days == null ? null : new HashSet<>(days));
    }

    public boolean isHoliday(LocalDate day) {
        return days.contains(day);
    }
}
