package org.trainingcrm.domain.branch;

import org.trainingcrm.domain.fixtures.InMemoryStore;
import org.trainingcrm.domain.fixtures.InMemoryTransactions;
import org.trainingcrm.domain.kernel.BranchId;

/** The Branches port in memory. */
public final class InMemoryBranches extends InMemoryStore<BranchId, Branch> implements Branches {
    public InMemoryBranches(InMemoryTransactions transactions) {
        super("branch", Branch::id, transactions);
    }
}
