package org.trainingcrm.domain.certificate;

import java.util.Objects;

/** The results and certificates' ports (E5). */
public record CertificatePorts(Grades grades, Certificates certificates, CertificateNumbers numbers) {

    public CertificatePorts {
        Objects.requireNonNull(grades, "grades");
        Objects.requireNonNull(certificates, "certificates");
        Objects.requireNonNull(numbers, "numbers");
    }
}
