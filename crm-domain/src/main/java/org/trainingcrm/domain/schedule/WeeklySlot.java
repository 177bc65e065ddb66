package org.trainingcrm.domain.schedule;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Comparator;
import org.trainingcrm.domain.kernel.InvalidValue;

/** A weekday and the local time a weekly lesson starts on it, such as Tuesday 18:30. */
public record WeeklySlot(DayOfWeek day, LocalTime startsAt) implements Comparable<WeeklySlot> {

    private static final Comparator<WeeklySlot> ORDER =
            Comparator.comparing(WeeklySlot::day).thenComparing(WeeklySlot::startsAt);

    public WeeklySlot {
        if (day == null) {
            throw new InvalidValue("group.schedule.slots", null, "a slot needs a weekday");
        }
        if (startsAt == null) {
            throw new InvalidValue("group.schedule.slots", day, "a slot needs a start time");
        }
    }

    public static WeeklySlot at(DayOfWeek day, LocalTime startsAt) {
        return new WeeklySlot(day, startsAt);
    }

    @Override
    public int compareTo(WeeklySlot other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return day + " " + startsAt;
    }
}
