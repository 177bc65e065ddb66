package org.trainingcrm.domain;

import org.junit.jupiter.api.Nested;
import org.trainingcrm.domain.assignment.ManagerAssignmentContract;
import org.trainingcrm.domain.bulk.ClientBulkLoadContract;
import org.trainingcrm.domain.catalog.CatalogContract;
import org.trainingcrm.domain.catalog.CatalogSearchContract;
import org.trainingcrm.domain.catalog.CourseStatusContract;
import org.trainingcrm.domain.client.ClientCardContract;
import org.trainingcrm.domain.client.ClientSearchContract;
import org.trainingcrm.domain.fixtures.InMemoryCrm;
import org.trainingcrm.domain.people.GuardianContract;
import org.trainingcrm.domain.people.MedicalNoteContract;
import org.trainingcrm.domain.people.ReferralContract;
import org.trainingcrm.domain.people.StudentContract;
import org.trainingcrm.domain.schedule.DoubleBookingContract;
import org.trainingcrm.domain.schedule.GroupLessonsContract;
import org.trainingcrm.domain.schedule.RegenerationContract;
import org.trainingcrm.domain.schedule.TimetableCalendarContract;
import org.trainingcrm.domain.schedule.TimetableContract;

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

    @Nested
    class Catalogue extends CatalogContract {
        @Override
        protected CrmPorts store() {
            return new InMemoryCrm();
        }
    }

    @Nested
    class CourseStatuses extends CourseStatusContract {
        @Override
        protected CrmPorts store() {
            return new InMemoryCrm();
        }
    }

    @Nested
    class CatalogueSearches extends CatalogSearchContract {
        @Override
        protected CrmPorts store() {
            return new InMemoryCrm();
        }
    }

    @Nested
    class GroupsAndLessons extends GroupLessonsContract {
        @Override
        protected CrmPorts store() {
            return new InMemoryCrm();
        }
    }

    @Nested
    class DoubleBookings extends DoubleBookingContract {
        @Override
        protected CrmPorts store() {
            return new InMemoryCrm();
        }
    }

    @Nested
    class Regenerations extends RegenerationContract {
        @Override
        protected CrmPorts store() {
            return new InMemoryCrm();
        }
    }

    @Nested
    class Timetables extends TimetableContract {
        @Override
        protected CrmPorts store() {
            return new InMemoryCrm();
        }
    }

    @Nested
    class TimetableCalendars extends TimetableCalendarContract {
        @Override
        protected CrmPorts store() {
            return new InMemoryCrm();
        }
    }

    @Nested
    class Enrollment extends org.trainingcrm.domain.enrollment.EnrollmentContract {
        @Override
        protected CrmPorts store() {
            return new InMemoryCrm();
        }
    }

    @Nested
    class SeatsAndNotices extends org.trainingcrm.domain.enrollment.SeatsAndNoticesContract {
        @Override
        protected CrmPorts store() {
            return new InMemoryCrm();
        }
    }

    @Nested
    class Attendance extends org.trainingcrm.domain.attendance.AttendanceContract {
        @Override
        protected CrmPorts store() {
            return new InMemoryCrm();
        }
    }

    @Nested
    class Results extends org.trainingcrm.domain.certificate.ResultsContract {
        @Override
        protected CrmPorts store() {
            return new InMemoryCrm();
        }
    }

    @Nested
    class ReferralFigures extends org.trainingcrm.domain.people.ReferralFiguresContract {
        @Override
        protected CrmPorts store() {
            return new InMemoryCrm();
        }
    }
}
