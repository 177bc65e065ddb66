package org.trainingcrm.samples.demo;

import java.nio.file.Path;
import org.trainingcrm.analytics.AnalyticsWorkbook;
import org.trainingcrm.domain.Crm;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.persistence.CrmDatabase;

/**
 * Runs every analytics report over the demo database as the given user and writes them to one
 * workbook (R10, R12); the export is checked and audited like any use case.
 */
final class DemoAnalytics {

    private DemoAnalytics() {
    }

    static Path writeWorkbook(Crm crm, Actor actor, CrmDatabase database, Path target) {
        return AnalyticsWorkbook.write(crm, actor, database.dataSource(), target).toAbsolutePath();
    }
}
