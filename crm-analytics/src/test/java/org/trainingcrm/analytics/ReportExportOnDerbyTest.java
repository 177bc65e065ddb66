package org.trainingcrm.analytics;

import org.trainingcrm.analytics.testing.TestDatabase;

/** Exporting reports as an actor on embedded Derby. */
class ReportExportOnDerbyTest extends ReportExportContract {

    @Override
    TestDatabase openDatabase() {
        return TestDatabase.derbyInMemory();
    }
}
