package org.trainingcrm.domain.assignment;

import org.trainingcrm.domain.fixtures.InMemoryTransactions;
import org.trainingcrm.domain.fixtures.MemoryFeature;
import org.trainingcrm.domain.kernel.PortBundles;

/** The assignment feature's ports in memory. */
public final class AssignmentMemory implements MemoryFeature {

    @Override
    public void keep(InMemoryTransactions transactions, PortBundles bundles) {
        bundles.keep(AssignmentPorts.class, new AssignmentPorts(new InMemoryAssignments(transactions),
                new InMemoryReassignments(transactions)));
    }
}
