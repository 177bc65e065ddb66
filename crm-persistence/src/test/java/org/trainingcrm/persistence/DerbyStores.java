package org.trainingcrm.persistence;

import org.trainingcrm.domain.fixtures.AcceptanceStore;
import org.trainingcrm.domain.kernel.CrmStore;

/** The contracts on the shared embedded Derby database of the test run. */
public final class DerbyStores implements AcceptanceStore {

    static final String NAME = "derby";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CrmStore open() {
        return TestDatabases.derby();
    }
}
