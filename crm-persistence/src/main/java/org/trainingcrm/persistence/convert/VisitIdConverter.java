package org.trainingcrm.persistence.convert;

import jakarta.persistence.AttributeConverter;
import org.trainingcrm.domain.enrollment.VisitId;

/** Maps {@link VisitId} to a CHAR(36) column. */
public final class VisitIdConverter extends UuidIdConverter<VisitId>
        implements AttributeConverter<VisitId, String> {

    public VisitIdConverter() {
        super(VisitId::value, VisitId::new);
    }
}
