package org.trainingcrm.domain.people;

import org.trainingcrm.domain.fixtures.InMemoryTransactions;
import org.trainingcrm.domain.fixtures.MemoryFeature;
import org.trainingcrm.domain.kernel.PortBundles;

/** The people feature's ports in memory. */
public final class PeopleMemory implements MemoryFeature {

    @Override
    public void keep(InMemoryTransactions transactions, PortBundles bundles) {
        bundles.keep(PeoplePorts.class, new PeoplePorts(new InMemoryPeople(transactions), new InMemoryMedicalNotes(transactions),
                new InMemoryReferrals(transactions)));
    }
}
