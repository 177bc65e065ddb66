package org.trainingcrm.persistence.assignment;

import jakarta.persistence.AttributeConverter;
import org.trainingcrm.domain.assignment.ReassignmentId;
import org.trainingcrm.persistence.jpa.UuidIdConverter;

/** Maps {@link ReassignmentId} to a CHAR(36) column. */
public final class ReassignmentIdConverter extends UuidIdConverter<ReassignmentId>
        implements AttributeConverter<ReassignmentId, String> {

    public ReassignmentIdConverter() {
        super(ReassignmentId::value, ReassignmentId::new);
    }
}
