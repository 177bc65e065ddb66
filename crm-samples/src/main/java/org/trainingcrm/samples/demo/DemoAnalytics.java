package org.trainingcrm.samples.demo;

import java.nio.file.Path;
import org.trainingcrm.analytics.AnalyticsWorkbook;
import org.trainingcrm.persistence.CrmDatabase;

/** Runs every analytics report over the demo database and writes them to one workbook (R12). */
final class DemoAnalytics {

    private DemoAnalytics() {
    }

    static Path writeWorkbook(CrmDatabase database, Path target) {
        return AnalyticsWorkbook.write(database.dataSource(), target).toAbsolutePath();
    }
}
