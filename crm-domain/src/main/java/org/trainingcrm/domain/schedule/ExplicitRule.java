package org.trainingcrm.domain.schedule;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.trainingcrm.domain.kernel.CalendarBounds;
import org.trainingcrm.domain.kernel.InvalidValue;

/**
 * Lessons at date-times the user chose one by one. Holidays are not applied: whoever names a
 * day explicitly means it (a make-up lesson on a Saturday, an intensive over a holiday weekend).
 *
 * @param starts the local start of each lesson, sorted, without repeats
 */
public record ExplicitRule(List<LocalDateTime> starts, Duration lessonLength) implements ScheduleRule {

    public ExplicitRule {
        if (starts == null || starts.isEmpty() || starts.stream().anyMatch(Objects::isNull)) {
            throw new InvalidValue("group.schedule.starts", starts, "name at least one date and time");
        }
        starts = List.copyOf(new TreeSet<>(starts));
        CalendarBounds.check("group.schedule.starts", starts.get(0));
        CalendarBounds.check("group.schedule.starts", starts.get(starts.size() - 1));
        if (starts.size() > MAX_LESSONS) {
            throw new InvalidValue("group.schedule.starts", starts.size() + " lessons",
                    "are more than " + MAX_LESSONS);
        }
        lessonLength = ScheduleRule.checkedLength(lessonLength);
    }

    @Override
    public List<LocalDateTime> starts(LocalDate firstDay, HolidayCalendar holidays) {
        LocalDateTime earliest = starts.get(0);
        if (earliest.toLocalDate().isBefore(firstDay)) {
            throw new InvalidValue("group.schedule.starts", earliest, "is before the group's first day " + firstDay);
        }
        return starts;
    }
}
