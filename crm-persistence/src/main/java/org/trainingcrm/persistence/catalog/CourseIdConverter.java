package org.trainingcrm.persistence.catalog;

import jakarta.persistence.AttributeConverter;
import org.trainingcrm.domain.catalog.CourseId;
import org.trainingcrm.persistence.jpa.UuidIdConverter;

/** Maps {@link CourseId} to a CHAR(36) column. */
public final class CourseIdConverter extends UuidIdConverter<CourseId>
        implements AttributeConverter<CourseId, String> {

    public CourseIdConverter() {
        super(CourseId::value, CourseId::new);
    }
}
