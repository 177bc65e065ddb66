package org.trainingcrm.domain.client;

import org.trainingcrm.domain.fixtures.InMemoryTransactions;
import org.trainingcrm.domain.fixtures.MemoryFeature;
import org.trainingcrm.domain.kernel.PortBundles;

/** The client feature's ports in memory. */
public final class ClientMemory implements MemoryFeature {

    @Override
    public void keep(InMemoryTransactions transactions, PortBundles bundles) {
        bundles.keep(ClientPorts.class, new ClientPorts(new InMemoryClients(transactions), new InMemoryIndustries(transactions)));
    }
}
