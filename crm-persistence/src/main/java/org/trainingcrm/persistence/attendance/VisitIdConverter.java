package org.trainingcrm.persistence.attendance;

import jakarta.persistence.AttributeConverter;
import org.trainingcrm.domain.attendance.VisitId;
import org.trainingcrm.persistence.jpa.UuidIdConverter;

/** Maps {@link VisitId} to a CHAR(36) column. */
public final class VisitIdConverter extends UuidIdConverter<VisitId>
        implements AttributeConverter<VisitId, String> {

    public VisitIdConverter() {
        super(VisitId::value, VisitId::new);
    }
}
