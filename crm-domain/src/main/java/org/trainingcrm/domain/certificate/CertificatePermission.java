package org.trainingcrm.domain.certificate;

import static org.trainingcrm.domain.kernel.Role.ADMINISTRATOR;

import java.util.List;
import org.trainingcrm.domain.kernel.Permission;

/** What certificates may require (E5). */
public final class CertificatePermission {

    /** Issue certificates (numbers are documents of record: administrators only by default). */
    public static final Permission CERTIFICATE_ISSUE = Permission.of("CERTIFICATE_ISSUE", ADMINISTRATOR);

    /** Every permission of the feature. */
    public static final List<Permission> ALL = List.of(CERTIFICATE_ISSUE);

    private CertificatePermission() {
    }
}
