package org.trainingcrm.persistence.certificate;

import java.util.List;
import javax.sql.DataSource;
import org.trainingcrm.domain.certificate.CertificatePorts;
import org.trainingcrm.domain.kernel.PortBundles;
import org.trainingcrm.persistence.jpa.DatabaseFeature;
import org.trainingcrm.persistence.jpa.JpaTransactions;
import org.trainingcrm.persistence.jpa.UniqueRule;

/** The certificate feature's stores on the database. */
public final class CertificateTables implements DatabaseFeature {

    @Override
    public void keep(JpaTransactions transactions, DataSource dataSource, PortBundles bundles) {
        bundles.keep(CertificatePorts.class, new CertificatePorts(new JpaGrades(transactions),
                new JpaCertificates(transactions), new JpaCertificateNumbers(transactions, dataSource)));
    }

    @Override
    public List<UniqueRule> uniqueRules() {
        return List.of(
                new UniqueRule("uq_certificate_enrollment", "certificate.duplicate",
                        "a certificate was issued for this enrollment already"),
                new UniqueRule("uq_certificate_number", "certificate.number.duplicate",
                        "the certificate number was issued already"),
                new UniqueRule("uq_certificate_course_year_sequence", "certificate.number.duplicate",
                        "the certificate number was issued already"),
                new UniqueRule("pk_certificate_counter", "certificate.number.duplicate",
                        "the course's certificate counter of the year exists already"));
    }
}
