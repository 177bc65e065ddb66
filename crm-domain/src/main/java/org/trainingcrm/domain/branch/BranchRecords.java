package org.trainingcrm.domain.branch;

import org.trainingcrm.domain.kernel.BranchId;
import org.trainingcrm.domain.kernel.Records;
import org.trainingcrm.domain.kernel.UseCase;

/** How use cases hand the centre's branches to the use-case template. */
public final class BranchRecords {

    private BranchRecords() {
    }

    /** Branches by id: shared, since a branch reached through its records was checked already. */
    public static Records<Branch, BranchId> branches(BranchPorts ports) {
        return Records.shared("branch", ports.branches()::byId);
    }

    /**
     * The branch a use case creates records in or moves them to: the use case's permission for
     * that branch first, so a refused user learns nothing of it, then the branch or NotFound.
     */
    public static Branch target(UseCase uc, Records<Branch, BranchId> branches, BranchId id) {
        uc.requireBranch(id);
        return uc.load(branches, id);
    }
}
