package org.trainingcrm.domain.kernel;

import java.util.UUID;

/** Identifies a branch of the training centre. */
public record BranchId(UUID value) {

    public BranchId {
        java.util.Objects.requireNonNull(value, "value");
    }

    public static BranchId newId() {
        return new BranchId(Ids.timeOrdered());
    }

    public static BranchId of(String text) {
        return new BranchId(Ids.parse("branchId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
