package org.trainingcrm.domain.audit;

import static org.trainingcrm.domain.kernel.Role.ADMINISTRATOR;

import java.util.List;
import org.trainingcrm.domain.kernel.Permission;

/** What the audit trail may require. */
public final class AuditPermission {

    /** Read the audit trail of a record. */
    public static final Permission AUDIT_READ = Permission.of("AUDIT_READ", ADMINISTRATOR);

    /** Every permission of the feature. */
    public static final List<Permission> ALL = List.of(AUDIT_READ);

    private AuditPermission() {
    }
}
