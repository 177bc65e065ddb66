package org.trainingcrm.persistence;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.trainingcrm.domain.fixtures.AcceptanceStore;
import org.trainingcrm.domain.kernel.CrmStore;

/** The contracts on the shared PostgreSQL schema of the test run, when CRM_TEST_PG_URL names a database. */
public final class PostgresStores implements AcceptanceStore {

    static final String NAME = "postgres";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CrmStore open() {
        assumeTrue(TestDatabases.postgresUrl().isPresent(), TestDatabases.PG_URL_VARIABLE + " is not set");
        return TestDatabases.postgres();
    }
}
