package org.trainingcrm.persistence.certificate;

import javax.sql.DataSource;
import org.trainingcrm.domain.certificate.CertificatePorts;
import org.trainingcrm.domain.kernel.PortBundles;
import org.trainingcrm.persistence.jpa.DatabaseFeature;
import org.trainingcrm.persistence.jpa.JpaTransactions;

/** The certificate feature's stores on the database. */
public final class CertificateTables implements DatabaseFeature {

    @Override
    public void keep(JpaTransactions transactions, DataSource dataSource, PortBundles bundles) {
        bundles.keep(CertificatePorts.class, new CertificatePorts(new JpaGrades(transactions),
                new JpaCertificates(transactions), new JpaCertificateNumbers(transactions, dataSource)));
    }
}
