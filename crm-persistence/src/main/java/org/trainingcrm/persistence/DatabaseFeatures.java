package org.trainingcrm.persistence;

import java.util.List;
import org.trainingcrm.persistence.access.AccessTables;
import org.trainingcrm.persistence.assignment.AssignmentTables;
import org.trainingcrm.persistence.attendance.AttendanceTables;
import org.trainingcrm.persistence.branch.BranchTables;
import org.trainingcrm.persistence.bulk.BulkTables;
import org.trainingcrm.persistence.catalog.CatalogTables;
import org.trainingcrm.persistence.certificate.CertificateTables;
import org.trainingcrm.persistence.client.ClientTables;
import org.trainingcrm.persistence.enrollment.EnrollmentTables;
import org.trainingcrm.persistence.jpa.DatabaseFeature;
import org.trainingcrm.persistence.people.PeopleTables;
import org.trainingcrm.persistence.schedule.ScheduleTables;

/** The registry of the database's features: a new feature with tables adds one line here. */
final class DatabaseFeatures {

    static final List<DatabaseFeature> ALL = List.of(
            new BranchTables(),
            new AccessTables(),
            new ClientTables(),
            new PeopleTables(),
            new AssignmentTables(),
            new BulkTables(),
            new CatalogTables(),
            new ScheduleTables(),
            new EnrollmentTables(),
            new AttendanceTables(),
            new CertificateTables());

    private DatabaseFeatures() {
    }
}
