package org.trainingcrm.domain.schedule;

import org.trainingcrm.domain.fixtures.InMemoryTransactions;
import org.trainingcrm.domain.fixtures.MemoryFeature;
import org.trainingcrm.domain.kernel.PortBundles;

/** The schedule feature's ports in memory. */
public final class ScheduleMemory implements MemoryFeature {

    @Override
    public void keep(InMemoryTransactions transactions, PortBundles bundles) {
        bundles.keep(SchedulePorts.class, new SchedulePorts(new InMemoryRooms(transactions),
                new InMemoryGroups(transactions), new InMemoryLessons(transactions), new InMemoryBookingLocks(),
                new TextCalendarWriter()));
    }
}
