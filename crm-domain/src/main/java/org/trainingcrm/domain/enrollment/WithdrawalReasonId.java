package org.trainingcrm.domain.enrollment;

import java.util.Objects;
import java.util.UUID;
import org.trainingcrm.domain.kernel.Ids;

/** Identifies a reason for withdrawal in the centre's dictionary. */
public record WithdrawalReasonId(UUID value) {

    public WithdrawalReasonId {
        Objects.requireNonNull(value, "value");
    }

    public static WithdrawalReasonId newId() {
        return new WithdrawalReasonId(Ids.timeOrdered());
    }

    public static WithdrawalReasonId of(String text) {
        return new WithdrawalReasonId(Ids.parse("withdrawalReasonId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
