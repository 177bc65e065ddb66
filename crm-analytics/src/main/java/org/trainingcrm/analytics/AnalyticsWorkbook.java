package org.trainingcrm.analytics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javax.sql.DataSource;

import org.trainingcrm.analytics.report.Report;
import org.trainingcrm.analytics.report.ReportResult;
import org.trainingcrm.analytics.workbook.ReportWorkbook;

/**
 * Runs reports over a CRM database and writes them to one workbook: the embedding entry point
 * behind the analysts' command line.
 */
public final class AnalyticsWorkbook {

    private AnalyticsWorkbook() {
    }

    /** Runs every known report over the data source and writes one workbook to the target. */
    public static Path write(DataSource dataSource, Path target) {
        return write(dataSource, target, Report.all());
    }

    /** Runs the given reports over the data source and writes one workbook to the target. */
    public static Path write(DataSource dataSource, Path target, List<Report> reports) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(target, "target");
        List<ReportResult> results = new ArrayList<>(reports.size());
        try (CrmAnalytics analytics = CrmAnalytics.over(dataSource)) {
            for (Report report : reports) {
                results.add(analytics.run(report));
            }
        }
        return ReportWorkbook.write(target, results);
    }
}
