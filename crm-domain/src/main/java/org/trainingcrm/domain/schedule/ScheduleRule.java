package org.trainingcrm.domain.schedule;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.trainingcrm.domain.kernel.InvalidValue;

/**
 * How a group's lessons fall (K4): on weekdays at set times until a date or for a number of
 * lessons, or on explicit date-times. Times are local to the group's time zone, so a lesson at
 * 18:00 stays at 18:00 across a daylight-saving change.
 */
public sealed interface ScheduleRule permits WeeklyRule, ExplicitRule {

    /** Most lessons one group may have. */
    int MAX_LESSONS = 500;
    /** Shortest lesson. */
    Duration MIN_LESSON_LENGTH = Duration.ofMinutes(5);
    /** Longest lesson; it also bounds the index range a double-booking check has to look at. */
    Duration MAX_LESSON_LENGTH = Duration.ofHours(12);

    /** How long each lesson lasts. */
    Duration lessonLength();

    /**
     * The local start of every lesson, in order, for a group whose first day is given.
     *
     * @throws InvalidValue under {@code group.schedule.*} when the rule cannot be applied from that day
     */
    List<LocalDateTime> starts(LocalDate firstDay, HolidayCalendar holidays);

    /** Lessons on the slots' weekdays from the group's first day up to {@code until}, both included. */
    static WeeklyRule weeklyUntil(LocalDate until, Duration lessonLength, WeeklySlot... slots) {
        return new WeeklyRule(Arrays.asList(slots), lessonLength, until, null);
    }

    /** The given number of lessons on the slots' weekdays from the group's first day; holidays do not count. */
    static WeeklyRule weeklyCount(int lessons, Duration lessonLength, WeeklySlot... slots) {
        return new WeeklyRule(Arrays.asList(slots), lessonLength, null, lessons);
    }

    /** Lessons at exactly the given local date-times. */
    static ExplicitRule on(Duration lessonLength, LocalDateTime... starts) {
        return new ExplicitRule(Arrays.asList(starts), lessonLength);
    }

    /** Checks a lesson length: whole minutes, between the shortest and the longest allowed. */
    static Duration checkedLength(Duration length) {
        if (length == null) {
            throw new InvalidValue("group.schedule.lessonLength", null, "is required");
        }
        if (length.compareTo(MIN_LESSON_LENGTH) < 0 || length.compareTo(MAX_LESSON_LENGTH) > 0
                || length.toSecondsPart() != 0 || length.toNanosPart() != 0) {
            throw new InvalidValue("group.schedule.lessonLength", length,
                    "must be whole minutes between " + MIN_LESSON_LENGTH.toMinutes() + " minutes and "
                            + MAX_LESSON_LENGTH.toHours() + " hours");
        }
        return length;
    }
}
