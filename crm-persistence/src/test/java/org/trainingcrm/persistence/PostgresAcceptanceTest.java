package org.trainingcrm.persistence;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.trainingcrm.domain.CrmPorts;
import org.trainingcrm.domain.assignment.ManagerAssignmentContract;
import org.trainingcrm.domain.bulk.ClientBulkLoadContract;
import org.trainingcrm.domain.client.ClientCardContract;
import org.trainingcrm.domain.client.ClientSearchContract;

/** The acceptance suites through EclipseLink on PostgreSQL (when CRM_TEST_PG_URL is set). */
@EnabledIfEnvironmentVariable(named = TestDatabases.PG_URL_VARIABLE, matches = ".+")
class PostgresAcceptanceTest {

    @Nested
    class ClientCards extends ClientCardContract {
        @Override
        protected CrmPorts store() {
            return TestDatabases.postgres();
        }
    }

    @Nested
    class ClientSearches extends ClientSearchContract {
        @Override
        protected CrmPorts store() {
            return TestDatabases.postgres();
        }
    }

    @Nested
    class ResponsibleManagers extends ManagerAssignmentContract {
        @Override
        protected CrmPorts store() {
            return TestDatabases.postgres();
        }
    }

    @Nested
    class BulkLoads extends ClientBulkLoadContract {
        @Override
        protected CrmPorts store() {
            return TestDatabases.postgres();
        }
    }
}
