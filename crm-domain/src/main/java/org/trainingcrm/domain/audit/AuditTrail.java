package org.trainingcrm.domain.audit;

import java.util.List;
import org.trainingcrm.domain.access.AccessPolicy;
import org.trainingcrm.domain.access.Actor;
import org.trainingcrm.domain.access.Permission;
import org.trainingcrm.domain.kernel.Transactions;

/** Use case: read the history of changes to one record. */
public final class AuditTrail {

    private final AuditLog log;
    private final AccessPolicy access;
    private final Transactions transactions;

    public AuditTrail(AuditLog log, AccessPolicy access, Transactions transactions) {
        this.log = log;
        this.access = access;
        this.transactions = transactions;
    }

    /** Every change to the record, oldest first. */
    public List<AuditEntry> of(Actor actor, String entityType, Object entityId) {
        return transactions.inTransaction(() -> {
            access.require(actor, Permission.AUDIT_READ);
            return log.about(entityType, String.valueOf(entityId));
        });
    }
}
