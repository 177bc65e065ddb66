package org.trainingcrm.domain.schedule;

import java.util.Collection;
import org.trainingcrm.domain.fixtures.InMemoryTransactions;
import org.trainingcrm.domain.people.PersonId;

/** Nothing to hold: in memory, transactions already run one at a time. */
public final class InMemoryBookingLocks implements BookingLocks {
    @Override
    public void hold(Collection<RoomId> rooms, Collection<PersonId> teachers) {
        // InMemoryTransactions.inTransaction is synchronized, so no booking can interleave
    }
}
