package org.trainingcrm.domain.access;

import org.trainingcrm.domain.fixtures.InMemoryTransactions;
import org.trainingcrm.domain.fixtures.MemoryFeature;
import org.trainingcrm.domain.kernel.PortBundles;

/** The access feature's ports in memory. */
public final class AccessMemory implements MemoryFeature {

    @Override
    public void keep(InMemoryTransactions transactions, PortBundles bundles) {
        bundles.keep(AccessPorts.class, new AccessPorts(new InMemoryUsers(transactions)));
    }
}
