package org.trainingcrm.domain.kernel;

import java.util.Optional;

/** The branches whose records a user may see: all of them, or exactly one. */
public record BranchScope(Optional<BranchId> only) {

    public static BranchScope all() {
        return new BranchScope(Optional.empty());
    }

    public static BranchScope of(BranchId branch) {
        return new BranchScope(Optional.of(branch));
    }

    public boolean includes(BranchId branch) {
        return only.map(branch::equals).orElse(true);
    }
}
