package org.trainingcrm.domain.assignment;

import org.trainingcrm.domain.fixtures.InMemoryStore;
import org.trainingcrm.domain.fixtures.InMemoryTransactions;

public final class InMemoryReassignments extends InMemoryStore<ReassignmentId, Reassignment>
        implements Reassignments {
    public InMemoryReassignments(InMemoryTransactions transactions) {
        super("reassignment", Reassignment::id, transactions);
    }
}
