package org.trainingcrm.domain.certificate;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import org.trainingcrm.domain.schedule.LessonId;

/** A grade as the student's results list it; a final grade has no lesson. */
public record GradeEntry(Optional<LessonId> lesson, Optional<LocalDateTime> lessonStartsAt, String grade,
        Instant gradedAt) {
}
