package org.trainingcrm.analytics;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.trainingcrm.analytics.testing.TestDatabase;

/**
 * The clients-per-manager report on PostgreSQL, where unquoted names are stored lower case,
 * in a fresh schema; runs only when {@value TestDatabase#POSTGRES_URL_VARIABLE} names a server.
 */
@EnabledIfEnvironmentVariable(named = TestDatabase.POSTGRES_URL_VARIABLE, matches = "jdbc:postgresql:.+")
class ClientsPerManagerByIndustryOnPostgresTest extends ClientsPerManagerByIndustryContract {

    @Override
    TestDatabase openDatabase() {
        return TestDatabase.postgres(System.getenv(TestDatabase.POSTGRES_URL_VARIABLE));
    }
}
