package org.trainingcrm.domain.schedule;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.trainingcrm.domain.kernel.CalendarBounds;
import org.trainingcrm.domain.kernel.InvalidValue;

/**
 * Lessons on set weekdays at set local times, ending on a date or after a number of lessons
 * (exactly one of the two). Holidays are skipped; with a number of lessons they push the
 * series on, so the group still gets every lesson it paid for.
 *
 * @param slots the weekdays and start times, sorted, without repeats
 * @param until the last day lessons may fall on, or null
 * @param lessonCount how many lessons, or null
 */
public record WeeklyRule(List<WeeklySlot> slots, Duration lessonLength, LocalDate until, Integer lessonCount)
        implements ScheduleRule {

    /** A rule may not reach further than this from the group's first day. */
    public static final int MAX_SPAN_DAYS = 3 * 366;

    public WeeklyRule {
        if (slots == null || slots.isEmpty() || slots.stream().anyMatch(Objects::isNull)) {
            throw new InvalidValue("group.schedule.slots", slots, "name at least one weekday and time");
        }
        slots = List.copyOf(new TreeSet<>(slots));
        lessonLength = ScheduleRule.checkedLength(lessonLength);
        CalendarBounds.check("group.schedule.until", until);
        if ((until == null) == (lessonCount == null)) {
            throw new InvalidValue("group.schedule.until", until, "give either an end date or a number of lessons");
        }
        if (lessonCount != null && (lessonCount < 1 || lessonCount > MAX_LESSONS)) {
            throw new InvalidValue("group.schedule.lessonCount", lessonCount,
                    "must be between 1 and " + MAX_LESSONS);
        }
    }

    @Override
    public List<LocalDateTime> starts(LocalDate firstDay, HolidayCalendar holidays) {
        LocalDate lastAllowed = firstDay.plusDays(MAX_SPAN_DAYS);
        if (until != null && until.isBefore(firstDay)) {
            throw new InvalidValue("group.schedule.until", until, "is before the group's first day " + firstDay);
        }
        if (until != null && until.isAfter(lastAllowed)) {
            throw new InvalidValue("group.schedule.until", until,
                    "is more than " + MAX_SPAN_DAYS + " days after the group's first day " + firstDay);
        }
        List<LocalDateTime> starts = new ArrayList<>();
        for (LocalDate day = firstDay; !done(day, starts.size()); day = day.plusDays(1)) {
            if (day.isAfter(lastAllowed)) {
                throw new InvalidValue("group.schedule.lessonCount", lessonCount,
                        "cannot be reached within " + MAX_SPAN_DAYS + " days on these weekdays and holidays");
            }
            if (holidays.isHoliday(day)) {
                continue;
            }
            for (WeeklySlot slot : slots) {
                if (slot.day() == day.getDayOfWeek() && !reachedCount(starts.size())) {
                    starts.add(day.atTime(slot.startsAt()));
                }
            }
            if (starts.size() > MAX_LESSONS) {
                throw new InvalidValue("group.schedule.until", until, "gives more than " + MAX_LESSONS + " lessons");
            }
        }
        return List.copyOf(starts);
    }

    private boolean done(LocalDate day, int lessons) {
        return until != null ? day.isAfter(until) : reachedCount(lessons);
    }

    private boolean reachedCount(int lessons) {
        return lessonCount != null && lessons >= lessonCount;
    }
}
