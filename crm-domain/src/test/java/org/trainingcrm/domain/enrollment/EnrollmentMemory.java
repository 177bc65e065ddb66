package org.trainingcrm.domain.enrollment;

import org.trainingcrm.domain.fixtures.InMemoryTransactions;
import org.trainingcrm.domain.fixtures.MemoryFeature;
import org.trainingcrm.domain.kernel.PortBundles;

/** The enrollment feature's ports in memory. */
public final class EnrollmentMemory implements MemoryFeature {

    @Override
    public void keep(InMemoryTransactions transactions, PortBundles bundles) {
        bundles.keep(EnrollmentPorts.class, new EnrollmentPorts(new InMemoryEnrollments(transactions),
                new InMemoryWithdrawalReasons(transactions), new InMemoryPromotions(transactions),
                new InMemoryStudentNotes(transactions), new RecordingNotifier(transactions)));
    }
}
