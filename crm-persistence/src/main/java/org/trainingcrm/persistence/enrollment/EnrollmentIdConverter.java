package org.trainingcrm.persistence.enrollment;

import jakarta.persistence.AttributeConverter;
import org.trainingcrm.domain.enrollment.EnrollmentId;
import org.trainingcrm.persistence.jpa.UuidIdConverter;

/** Maps {@link EnrollmentId} to a CHAR(36) column. */
public final class EnrollmentIdConverter extends UuidIdConverter<EnrollmentId>
        implements AttributeConverter<EnrollmentId, String> {

    public EnrollmentIdConverter() {
        super(EnrollmentId::value, EnrollmentId::new);
    }
}
