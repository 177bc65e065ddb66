package org.trainingcrm.domain.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import org.trainingcrm.domain.kernel.CalendarBounds;

/**
 * When one lesson is held: its start and end in the group's time zone, which fix the instants.
 *
 * <p>A start that falls into a daylight-saving gap (02:30 on the night clocks jump to 03:00) moves
 * forward by the length of the gap, as {@link ZonedDateTime#of} does; the lesson keeps its length.
 */
public record LessonTime(ZonedDateTime start, ZonedDateTime end) {

    public LessonTime {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.toInstant().isAfter(start.toInstant())) {
            throw new IllegalArgumentException("a lesson must end after it starts: " + start + " - " + end);
        }
    }

    /** A lesson starting at the local date-time in the zone and lasting the given time. */
    public static LessonTime of(LocalDateTime localStart, Duration length, ZoneId zone) {
        CalendarBounds.check("lesson.startsAt", localStart);
        ZonedDateTime start = ZonedDateTime.of(localStart, zone);
        return new LessonTime(start, start.plus(length));
    }

    public Instant startInstant() {
        return start.toInstant();
    }

    public Instant endInstant() {
        return end.toInstant();
    }

    /** True when the two lessons share any moment; touching ends do not count. */
    public boolean overlaps(LessonTime other) {
        return startInstant().isBefore(other.endInstant()) && other.startInstant().isBefore(endInstant());
    }

    public Duration length() {
        return Duration.between(startInstant(), endInstant());
    }
}
