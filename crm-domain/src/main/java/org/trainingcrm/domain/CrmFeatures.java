package org.trainingcrm.domain;

import java.util.List;
import org.trainingcrm.domain.access.AccessFeature;
import org.trainingcrm.domain.assignment.AssignmentFeature;
import org.trainingcrm.domain.attendance.AttendanceFeature;
import org.trainingcrm.domain.audit.AuditFeature;
import org.trainingcrm.domain.branch.BranchFeature;
import org.trainingcrm.domain.bulk.BulkFeature;
import org.trainingcrm.domain.catalog.CatalogFeature;
import org.trainingcrm.domain.certificate.CertificateFeature;
import org.trainingcrm.domain.client.ClientFeature;
import org.trainingcrm.domain.enrollment.EnrollmentFeature;
import org.trainingcrm.domain.kernel.CrmFeature;
import org.trainingcrm.domain.kernel.Permission;
import org.trainingcrm.domain.people.PeopleFeature;
import org.trainingcrm.domain.report.ReportFeature;
import org.trainingcrm.domain.schedule.ScheduleFeature;

/**
 * The registry of the domain's features: a new feature adds one line here. The order is the
 * wiring order: a feature comes after those whose services it uses (people after enrollment,
 * whose figures the referral tree reads).
 */
public final class CrmFeatures {

    private static final List<CrmFeature> ALL = List.of(
            new BranchFeature(),
            new AccessFeature(),
            new AuditFeature(),
            new ClientFeature(),
            new AssignmentFeature(),
            new BulkFeature(),
            new CatalogFeature(),
            new ScheduleFeature(),
            new EnrollmentFeature(),
            new PeopleFeature(),
            new AttendanceFeature(),
            new CertificateFeature(),
            new ReportFeature());

    private CrmFeatures() {
    }

    public static List<CrmFeature> all() {
        return ALL;
    }

    /** Every permission every feature declares. */
    public static List<Permission> permissions() {
        return ALL.stream().flatMap(feature -> feature.permissions().stream()).toList();
    }
}
