package org.trainingcrm.domain.catalog;

import org.trainingcrm.domain.fixtures.InMemoryTransactions;
import org.trainingcrm.domain.fixtures.MemoryFeature;
import org.trainingcrm.domain.kernel.PortBundles;

/** The catalog feature's ports in memory. */
public final class CatalogMemory implements MemoryFeature {

    @Override
    public void keep(InMemoryTransactions transactions, PortBundles bundles) {
        bundles.keep(CatalogPorts.class, new CatalogPorts(new InMemoryCourses(transactions), new InMemoryCourseDocuments(transactions),
                new InMemoryDirections(transactions)));
    }
}
