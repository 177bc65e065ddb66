package org.trainingcrm.domain.branch;

import org.trainingcrm.domain.fixtures.InMemoryTransactions;
import org.trainingcrm.domain.fixtures.MemoryFeature;
import org.trainingcrm.domain.kernel.PortBundles;

/** The branch feature's ports in memory. */
public final class BranchMemory implements MemoryFeature {

    @Override
    public void keep(InMemoryTransactions transactions, PortBundles bundles) {
        bundles.keep(BranchPorts.class, new BranchPorts(new InMemoryBranches(transactions)));
    }
}
