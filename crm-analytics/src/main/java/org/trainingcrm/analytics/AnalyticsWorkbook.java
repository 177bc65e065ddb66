package org.trainingcrm.analytics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javax.sql.DataSource;

import org.trainingcrm.analytics.report.Report;
import org.trainingcrm.analytics.report.ReportResult;
import org.trainingcrm.analytics.workbook.ReportWorkbook;
import org.trainingcrm.domain.Crm;
import org.trainingcrm.domain.kernel.AccessDenied;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.BranchScope;

/**
 * Runs reports over a CRM database on an actor's behalf and writes them to one workbook: the
 * embedding entry point behind the analysts' command line.
 *
 * <pre>{@code
 * AnalyticsWorkbook.write(crm, actor, db.dataSource(), Path.of("analytics.xlsx"));
 * }</pre>
 */
public final class AnalyticsWorkbook {

    private AnalyticsWorkbook() {
    }

    /** Runs every known report as the actor and writes one workbook to the target. */
    public static Path write(Crm crm, Actor actor, DataSource dataSource, Path target) {
        return write(crm, actor, dataSource, target, Report.all());
    }

    /**
     * Runs the given reports as the actor and writes one workbook to the target.
     *
     * <p>First {@code crm.reports()} checks the actor's {@code REPORT_EXPORT} permission and
     * records the export in the audit log; each report then shows the branches the actor may
     * see. The data source must be the database the CRM runs on.
     *
     * @throws AccessDenied when the actor may not export reports; nothing is written then
     */
    public static Path write(Crm crm, Actor actor, DataSource dataSource, Path target, List<Report> reports) {
        Objects.requireNonNull(crm, "crm");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(target, "target");
        BranchScope scope = crm.reports().authorise(actor, reports.stream().map(Report::name).toList());
        List<ReportResult> results = new ArrayList<>(reports.size());
        try (CrmAnalytics analytics = CrmAnalytics.over(dataSource)) {
            for (Report report : reports) {
                results.add(analytics.run(report, scope));
            }
        }
        return ReportWorkbook.write(target, results);
    }
}
