package org.trainingcrm.persistence;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.trainingcrm.persistence.access.AccessTables;
import org.trainingcrm.persistence.assignment.AssignmentTables;
import org.trainingcrm.persistence.attendance.AttendanceTables;
import org.trainingcrm.persistence.audit.AuditTables;
import org.trainingcrm.persistence.branch.BranchTables;
import org.trainingcrm.persistence.bulk.BulkTables;
import org.trainingcrm.persistence.catalog.CatalogTables;
import org.trainingcrm.persistence.certificate.CertificateTables;
import org.trainingcrm.persistence.client.ClientTables;
import org.trainingcrm.persistence.enrollment.EnrollmentTables;
import org.trainingcrm.persistence.jpa.DatabaseFeature;
import org.trainingcrm.persistence.jpa.UniqueRule;
import org.trainingcrm.persistence.people.PeopleTables;
import org.trainingcrm.persistence.schedule.ScheduleTables;

/**
 * The registry of the database's features: a new feature with tables adds one line here. The
 * order is the schema's: a feature comes after every feature whose tables its foreign keys
 * reference, since the changelogs run in this order.
 */
final class DatabaseFeatures {

    /** What every feature's mappings share: field access and the converters of the kernel's values. */
    static final String SHARED_MAPPING = "org/trainingcrm/persistence/jpa/orm.xml";

    static final List<DatabaseFeature> ALL = List.of(
            new BranchTables(),
            new AccessTables(),
            new AuditTables(),
            new PeopleTables(),
            new ClientTables(),
            new AssignmentTables(),
            new BulkTables(),
            new CatalogTables(),
            new ScheduleTables(),
            new EnrollmentTables(),
            new AttendanceTables(),
            new CertificateTables());

    private DatabaseFeatures() {
    }

    /** The persistence unit's mapping files: the shared one, then each feature's. */
    static List<String> mappingFiles() {
        return Stream.concat(Stream.of(SHARED_MAPPING), each(DatabaseFeature::mappingFile)).toList();
    }

    /** The features' changelogs, in the order they run. */
    static List<String> changelogs() {
        return each(DatabaseFeature::changelog).toList();
    }

    /** Every feature's unique constraints with the rules they protect. */
    static List<UniqueRule> uniqueRules() {
        return ALL.stream().flatMap(feature -> feature.uniqueRules().stream()).toList();
    }

    private static Stream<String> each(java.util.function.Function<DatabaseFeature, Optional<String>> resource) {
        return ALL.stream().flatMap(feature -> resource.apply(feature).stream());
    }
}
