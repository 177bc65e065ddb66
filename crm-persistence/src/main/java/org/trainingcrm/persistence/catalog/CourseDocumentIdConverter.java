package org.trainingcrm.persistence.catalog;

import jakarta.persistence.AttributeConverter;
import org.trainingcrm.domain.catalog.CourseDocumentId;
import org.trainingcrm.persistence.jpa.UuidIdConverter;

/** Maps {@link CourseDocumentId} to a CHAR(36) column. */
public final class CourseDocumentIdConverter extends UuidIdConverter<CourseDocumentId>
        implements AttributeConverter<CourseDocumentId, String> {

    public CourseDocumentIdConverter() {
        super(CourseDocumentId::value, CourseDocumentId::new);
    }
}
