package org.trainingcrm.persistence.jpa;

import jakarta.persistence.AttributeConverter;
import org.trainingcrm.domain.kernel.BranchId;

/** Maps {@link BranchId} to a CHAR(36) column. */
public final class BranchIdConverter extends UuidIdConverter<BranchId>
        implements AttributeConverter<BranchId, String> {

    public BranchIdConverter() {
        super(BranchId::value, BranchId::new);
    }
}
