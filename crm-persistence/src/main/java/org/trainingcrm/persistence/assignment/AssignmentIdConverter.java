package org.trainingcrm.persistence.assignment;

import jakarta.persistence.AttributeConverter;
import org.trainingcrm.domain.assignment.AssignmentId;
import org.trainingcrm.persistence.jpa.UuidIdConverter;

/** Maps {@link AssignmentId} to a CHAR(36) column. */
public final class AssignmentIdConverter extends UuidIdConverter<AssignmentId>
        implements AttributeConverter<AssignmentId, String> {

    public AssignmentIdConverter() {
        super(AssignmentId::value, AssignmentId::new);
    }
}
