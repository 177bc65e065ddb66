package org.trainingcrm.domain.assignment;

import java.util.List;
import java.util.Optional;
import org.trainingcrm.domain.client.ClientId;
import org.trainingcrm.domain.fixtures.InMemoryStore;
import org.trainingcrm.domain.fixtures.InMemoryTransactions;
import org.trainingcrm.domain.kernel.UserId;

public final class InMemoryAssignments extends InMemoryStore<AssignmentId, ManagerAssignment>
        implements Assignments {
    public InMemoryAssignments(InMemoryTransactions transactions) {
        super("managerAssignment", ManagerAssignment::id, transactions);
    }

    @Override
    public Optional<ManagerAssignment> current(ClientId client, ServiceLine line) {
        return ofClient(client).stream().filter(a -> a.serviceLine().equals(line) && a.isCurrent()).findFirst();
    }

    @Override
    public List<ManagerAssignment> ofClient(ClientId client) {
        return stream().filter(a -> a.client().equals(client)).toList();
    }

    @Override
    public List<ManagerAssignment> madeBy(ReassignmentId reassignment) {
        return stream().filter(a -> a.reassignment().filter(reassignment::equals).isPresent()).toList();
    }

    @Override
    public List<ClientId> currentClientsOf(UserId manager, ServiceLine line) {
        return stream().filter(a -> a.manager().equals(manager) && a.serviceLine().equals(line) && a.isCurrent())
                .map(ManagerAssignment::client).toList();
    }
}
