package org.trainingcrm.persistence.enrollment;

import jakarta.persistence.AttributeConverter;
import org.trainingcrm.domain.enrollment.WithdrawalReasonId;
import org.trainingcrm.persistence.jpa.UuidIdConverter;

/** Maps {@link WithdrawalReasonId} to a CHAR(36) column. */
public final class WithdrawalReasonIdConverter extends UuidIdConverter<WithdrawalReasonId>
        implements AttributeConverter<WithdrawalReasonId, String> {

    public WithdrawalReasonIdConverter() {
        super(WithdrawalReasonId::value, WithdrawalReasonId::new);
    }
}
