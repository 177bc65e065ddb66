package org.trainingcrm.persistence.schedule;

import jakarta.persistence.AttributeConverter;
import org.trainingcrm.domain.schedule.LessonId;
import org.trainingcrm.persistence.jpa.UuidIdConverter;

/** Maps {@link LessonId} to a CHAR(36) column. */
public final class LessonIdConverter extends UuidIdConverter<LessonId>
        implements AttributeConverter<LessonId, String> {

    public LessonIdConverter() {
        super(LessonId::value, LessonId::new);
    }
}
