package org.trainingcrm.domain.bulk;

import org.trainingcrm.domain.assignment.AssignmentPorts;
import org.trainingcrm.domain.client.ClientPorts;
import org.trainingcrm.domain.fixtures.InMemoryTransactions;
import org.trainingcrm.domain.fixtures.MemoryFeature;
import org.trainingcrm.domain.kernel.PortBundles;
import org.trainingcrm.domain.people.PeoplePorts;

/** The bulk loader in memory: a batch is added row by row to the stores of the features it fills. */
public final class BulkMemory implements MemoryFeature {

    @Override
    public void keep(InMemoryTransactions transactions, PortBundles bundles) {
        PeoplePorts people = bundles.get(PeoplePorts.class);
        ClientPorts clients = bundles.get(ClientPorts.class);
        AssignmentPorts assignments = bundles.get(AssignmentPorts.class);
        ClientBatches batches = batch -> {
            batch.people().forEach(people.people()::add);
            batch.clients().forEach(clients.clients()::add);
            batch.assignments().forEach(assignments.assignments()::add);
        };
        bundles.keep(BulkPorts.class, new BulkPorts(batches));
    }
}
