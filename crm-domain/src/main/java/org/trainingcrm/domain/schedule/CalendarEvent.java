package org.trainingcrm.domain.schedule;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One lesson as an iCalendar event (K5).
 *
 * @param uid stable across exports and regenerations: {@code lesson-<lesson id>@trainingcrm.org}
 * @param sequence the RFC 5545 SEQUENCE, raised each time the lesson moves
 * @param startsAt the local start in {@code zone}
 * @param endsAt the local end in {@code zone}
 * @param summary the course title and the group
 * @param location the room
 * @param description the teacher, or null
 */
public record CalendarEvent(String uid, int sequence, LocalDateTime startsAt, LocalDateTime endsAt, ZoneId zone,
        String summary, String location, String description) {

    /** The domain every lesson UID ends in. */
    public static final String UID_DOMAIN = "trainingcrm.org";

    public CalendarEvent {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(summary, "summary");
    }

    /** The UID of a lesson: derived from its id only, so re-imports update rather than duplicate. */
    public static String uidOf(LessonId lesson) {
        return "lesson-" + lesson + "@" + UID_DOMAIN;
    }

    /** The event of a timetable entry. */
    public static CalendarEvent of(TimetableEntry entry) {
        String course = entry.courseTitle() == null ? "" : entry.courseTitle();
        String group = entry.groupName() == null ? "" : entry.groupName();
        String summary = course.isEmpty() || group.isEmpty() ? course + group : course + " — " + group;
        return new CalendarEvent(uidOf(entry.lesson()), entry.sequence(), entry.startsAt(), entry.endsAt(),
                entry.zone(), summary, entry.roomName(), entry.teacherName());
    }
}
