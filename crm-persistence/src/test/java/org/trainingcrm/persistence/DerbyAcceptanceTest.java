package org.trainingcrm.persistence;

import org.junit.jupiter.api.Nested;
import org.trainingcrm.domain.CrmPorts;
import org.trainingcrm.domain.assignment.ManagerAssignmentContract;
import org.trainingcrm.domain.bulk.ClientBulkLoadContract;
import org.trainingcrm.domain.client.ClientCardContract;
import org.trainingcrm.domain.client.ClientSearchContract;

/** The acceptance suites through EclipseLink on embedded Derby. */
class DerbyAcceptanceTest {

    @Nested
    class ClientCards extends ClientCardContract {
        @Override
        protected CrmPorts store() {
            return TestDatabases.derby();
        }
    }

    @Nested
    class ClientSearches extends ClientSearchContract {
        @Override
        protected CrmPorts store() {
            return TestDatabases.derby();
        }
    }

    @Nested
    class ResponsibleManagers extends ManagerAssignmentContract {
        @Override
        protected CrmPorts store() {
            return TestDatabases.derby();
        }
    }

    @Nested
    class BulkLoads extends ClientBulkLoadContract {
        @Override
        protected CrmPorts store() {
            return TestDatabases.derby();
        }
    }
}
