package org.trainingcrm.analytics;

import org.trainingcrm.analytics.testing.TestDatabase;

/** The report views on embedded Derby, which has no CREATE OR REPLACE VIEW. */
class ReportViewsOnDerbyTest extends ReportViewsContract {

    @Override
    TestDatabase openDatabase() {
        return TestDatabase.derbyInMemory();
    }
}
