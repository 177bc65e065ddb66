package org.trainingcrm.domain.attendance;

import org.trainingcrm.domain.fixtures.InMemoryTransactions;
import org.trainingcrm.domain.fixtures.MemoryFeature;
import org.trainingcrm.domain.kernel.PortBundles;

/** The attendance feature's ports in memory. */
public final class AttendanceMemory implements MemoryFeature {

    @Override
    public void keep(InMemoryTransactions transactions, PortBundles bundles) {
        bundles.keep(AttendancePorts.class, new AttendancePorts(new InMemoryAttendanceMarks(transactions), new InMemoryGuestVisits(transactions)));
    }
}
