package org.trainingcrm.domain;

import org.junit.jupiter.api.Nested;
import org.trainingcrm.domain.assignment.ManagerAssignmentContract;
import org.trainingcrm.domain.bulk.ClientBulkLoadContract;
import org.trainingcrm.domain.client.ClientCardContract;
import org.trainingcrm.domain.client.ClientSearchContract;
import org.trainingcrm.domain.fixtures.InMemoryCrm;
import org.trainingcrm.domain.people.GuardianContract;
import org.trainingcrm.domain.people.MedicalNoteContract;
import org.trainingcrm.domain.people.ReferralContract;
import org.trainingcrm.domain.people.StudentContract;

/** The acceptance suites on the in-memory ports: the domain's rules without a database. */
class InMemoryAcceptanceTest {

    @Nested
    class ClientCards extends ClientCardContract {
        @Override
        protected CrmPorts store() {
            return new InMemoryCrm();
        }
    }

    @Nested
    class ClientSearches extends ClientSearchContract {
        @Override
        protected CrmPorts store() {
            return new InMemoryCrm();
        }
    }

    @Nested
    class ResponsibleManagers extends ManagerAssignmentContract {
        @Override
        protected CrmPorts store() {
            return new InMemoryCrm();
        }
    }

    @Nested
    class BulkLoads extends ClientBulkLoadContract {
        @Override
        protected CrmPorts store() {
            return new InMemoryCrm();
        }
    }

    @Nested
    class Students extends StudentContract {
        @Override
        protected CrmPorts store() {
            return new InMemoryCrm();
        }
    }

    @Nested
    class Guardians extends GuardianContract {
        @Override
        protected CrmPorts store() {
            return new InMemoryCrm();
        }
    }

    @Nested
    class MedicalNotes extends MedicalNoteContract {
        @Override
        protected CrmPorts store() {
            return new InMemoryCrm();
        }
    }

    @Nested
    class Referrals extends ReferralContract {
        @Override
        protected CrmPorts store() {
            return new InMemoryCrm();
        }
    }
}
