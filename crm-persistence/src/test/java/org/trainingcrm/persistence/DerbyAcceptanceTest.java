package org.trainingcrm.persistence;

import org.junit.jupiter.api.Nested;
import org.trainingcrm.domain.CrmPorts;
import org.trainingcrm.domain.assignment.ManagerAssignmentContract;
import org.trainingcrm.domain.bulk.ClientBulkLoadContract;
import org.trainingcrm.domain.client.ClientCardContract;
import org.trainingcrm.domain.client.ClientSearchContract;
import org.trainingcrm.domain.people.GuardianContract;
import org.trainingcrm.domain.people.MedicalNoteContract;
import org.trainingcrm.domain.people.ReferralContract;
import org.trainingcrm.domain.people.StudentContract;

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

    @Nested
    class Students extends StudentContract {
        @Override
        protected CrmPorts store() {
            return TestDatabases.derby();
        }
    }

    @Nested
    class Guardians extends GuardianContract {
        @Override
        protected CrmPorts store() {
            return TestDatabases.derby();
        }
    }

    @Nested
    class MedicalNotes extends MedicalNoteContract {
        @Override
        protected CrmPorts store() {
            return TestDatabases.derby();
        }
    }

    @Nested
    class Referrals extends ReferralContract {
        @Override
        protected CrmPorts store() {
            return TestDatabases.derby();
        }
    }
}
