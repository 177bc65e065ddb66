package org.trainingcrm.domain.certificate;

import org.trainingcrm.domain.fixtures.InMemoryTransactions;
import org.trainingcrm.domain.fixtures.MemoryFeature;
import org.trainingcrm.domain.kernel.PortBundles;

/** The certificate feature's ports in memory. */
public final class CertificateMemory implements MemoryFeature {

    @Override
    public void keep(InMemoryTransactions transactions, PortBundles bundles) {
        bundles.keep(CertificatePorts.class, new CertificatePorts(new InMemoryGrades(transactions), new InMemoryCertificates(transactions),
                new InMemoryCertificateNumbers(transactions)));
    }
}
