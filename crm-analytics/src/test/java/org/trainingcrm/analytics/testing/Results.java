package org.trainingcrm.analytics.testing;

import java.sql.JDBCType;
import java.util.List;

import org.trainingcrm.analytics.report.Report;
import org.trainingcrm.analytics.report.ReportColumn;
import org.trainingcrm.analytics.report.ReportResult;
import org.trainingcrm.analytics.report.ReportRow;

/** Report results made by hand, for testing charts and workbooks without a database. */
public final class Results {

    private Results() {
    }

    /** A result shaped like the clients-per-manager report, with the given rows. */
    public static ReportResult clientsPerManager(ReportRow... rows) {
        return new ReportResult(Report.named("clients-per-manager-by-industry"),
                List.of(new ReportColumn("manager", JDBCType.VARCHAR, String.class),
                        new ReportColumn("industry", JDBCType.VARCHAR, String.class),
                        new ReportColumn("clients", JDBCType.BIGINT, Long.class)),
                List.of(rows));
    }
}
