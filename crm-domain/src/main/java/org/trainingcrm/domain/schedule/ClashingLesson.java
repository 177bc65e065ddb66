package org.trainingcrm.domain.schedule;

import java.time.LocalDateTime;
import java.time.ZoneId;

/** The lesson already booked at the time a new one asked for: its group and its local start and end. */
public record ClashingLesson(LessonId lesson, GroupId group, LocalDateTime startsAt, LocalDateTime endsAt,
        ZoneId zone) {

    static ClashingLesson of(Lesson lesson) {
        return new ClashingLesson(lesson.id(), lesson.group(), lesson.startsAt(), lesson.endsAt(), lesson.zone());
    }
}
