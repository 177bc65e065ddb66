package org.trainingcrm.domain.report;

import static org.trainingcrm.domain.kernel.Role.ADMINISTRATOR;

import java.util.List;
import org.trainingcrm.domain.kernel.Permission;

/** What analytics may require (R1–R12). */
public final class ReportPermission {

    /** Run reports and export them to a workbook (the rows are limited to the actor's branches). */
    public static final Permission REPORT_EXPORT = Permission.of("REPORT_EXPORT", ADMINISTRATOR);

    /** Every permission of the feature. */
    public static final List<Permission> ALL = List.of(REPORT_EXPORT);

    private ReportPermission() {
    }
}
