package org.trainingcrm.analytics;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.trainingcrm.analytics.testing.TestDatabase;

/**
 * Exporting reports as an actor on PostgreSQL, in a fresh schema; runs only when
 * {@value TestDatabase#POSTGRES_URL_VARIABLE} names a server.
 */
@EnabledIfEnvironmentVariable(named = TestDatabase.POSTGRES_URL_VARIABLE, matches = "jdbc:postgresql:.+")
class ReportExportOnPostgresTest extends ReportExportContract {

    @Override
    TestDatabase openDatabase() {
        return TestDatabase.postgres(System.getenv(TestDatabase.POSTGRES_URL_VARIABLE));
    }
}
