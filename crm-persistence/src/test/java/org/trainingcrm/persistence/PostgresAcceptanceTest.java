package org.trainingcrm.persistence;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.trainingcrm.domain.CrmPorts;
import org.trainingcrm.domain.assignment.ManagerAssignmentContract;
import org.trainingcrm.domain.bulk.ClientBulkLoadContract;
import org.trainingcrm.domain.catalog.CatalogContract;
import org.trainingcrm.domain.catalog.CatalogSearchContract;
import org.trainingcrm.domain.catalog.CourseStatusContract;
import org.trainingcrm.domain.client.ClientCardContract;
import org.trainingcrm.domain.client.ClientSearchContract;
import org.trainingcrm.domain.people.GuardianContract;
import org.trainingcrm.domain.people.MedicalNoteContract;
import org.trainingcrm.domain.people.ReferralContract;
import org.trainingcrm.domain.people.StudentContract;
import org.trainingcrm.domain.schedule.DoubleBookingContract;
import org.trainingcrm.domain.schedule.GroupLessonsContract;
import org.trainingcrm.domain.schedule.RegenerationContract;
import org.trainingcrm.domain.schedule.TimetableCalendarContract;
import org.trainingcrm.domain.schedule.TimetableContract;

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

    @Nested
    class Students extends StudentContract {
        @Override
        protected CrmPorts store() {
            return TestDatabases.postgres();
        }
    }

    @Nested
    class Guardians extends GuardianContract {
        @Override
        protected CrmPorts store() {
            return TestDatabases.postgres();
        }
    }

    @Nested
    class MedicalNotes extends MedicalNoteContract {
        @Override
        protected CrmPorts store() {
            return TestDatabases.postgres();
        }
    }

    @Nested
    class Referrals extends ReferralContract {
        @Override
        protected CrmPorts store() {
            return TestDatabases.postgres();
        }
    }

    @Nested
    class Catalogue extends CatalogContract {
        @Override
        protected CrmPorts store() {
            return TestDatabases.postgres();
        }
    }

    @Nested
    class CourseStatuses extends CourseStatusContract {
        @Override
        protected CrmPorts store() {
            return TestDatabases.postgres();
        }
    }

    @Nested
    class CatalogueSearches extends CatalogSearchContract {
        @Override
        protected CrmPorts store() {
            return TestDatabases.postgres();
        }
    }

    @Nested
    class GroupsAndLessons extends GroupLessonsContract {
        @Override
        protected CrmPorts store() {
            return TestDatabases.postgres();
        }
    }

    @Nested
    class DoubleBookings extends DoubleBookingContract {
        @Override
        protected CrmPorts store() {
            return TestDatabases.postgres();
        }
    }

    @Nested
    class Regenerations extends RegenerationContract {
        @Override
        protected CrmPorts store() {
            return TestDatabases.postgres();
        }
    }

    @Nested
    class Timetables extends TimetableContract {
        @Override
        protected CrmPorts store() {
            return TestDatabases.postgres();
        }
    }

    @Nested
    class TimetableCalendars extends TimetableCalendarContract {
        @Override
        protected CrmPorts store() {
            return TestDatabases.postgres();
        }
    }

    @Nested
    class ICalendarExports extends ICalendarExportContract {
        @Override
        protected CrmPorts store() {
            return TestDatabases.postgres();
        }
    }

    @Nested
    class Enrollment extends org.trainingcrm.domain.enrollment.EnrollmentContract {
        @Override
        protected CrmPorts store() {
            return TestDatabases.postgres();
        }
    }

    @Nested
    class SeatsAndNotices extends org.trainingcrm.domain.enrollment.SeatsAndNoticesContract {
        @Override
        protected CrmPorts store() {
            return TestDatabases.postgres();
        }
    }

    @Nested
    class Attendance extends org.trainingcrm.domain.attendance.AttendanceContract {
        @Override
        protected CrmPorts store() {
            return TestDatabases.postgres();
        }
    }

    @Nested
    class Results extends org.trainingcrm.domain.certificate.ResultsContract {
        @Override
        protected CrmPorts store() {
            return TestDatabases.postgres();
        }
    }

    @Nested
    class ReferralFigures extends org.trainingcrm.domain.people.ReferralFiguresContract {
        @Override
        protected CrmPorts store() {
            return TestDatabases.postgres();
        }
    }
}
