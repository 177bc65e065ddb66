package org.trainingcrm.analytics;

import org.trainingcrm.analytics.testing.TestDatabase;

/** The clients-per-manager report on embedded Derby, where unquoted names are stored upper case in APP. */
class ClientsPerManagerByIndustryOnDerbyTest extends ClientsPerManagerByIndustryContract {

    @Override
    TestDatabase openDatabase() {
        return TestDatabase.derbyInMemory();
    }
}
