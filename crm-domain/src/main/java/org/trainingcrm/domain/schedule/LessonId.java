package org.trainingcrm.domain.schedule;

import java.util.Objects;
import java.util.UUID;
import org.trainingcrm.domain.kernel.Ids;

/** Identifies one lesson of a group's timetable; the iCalendar UID derives from it. */
public record LessonId(UUID value) {

    public LessonId {
        Objects.requireNonNull(value, "value");
    }

    public static LessonId newId() {
        return new LessonId(Ids.timeOrdered());
    }

    public static LessonId of(String text) {
        return new LessonId(Ids.parse("lessonId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
