package org.trainingcrm.domain.audit;

import java.util.List;
import org.trainingcrm.domain.kernel.AccessPolicy;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.Transactions;
import org.trainingcrm.domain.kernel.AuditEntry;
import org.trainingcrm.domain.kernel.AuditLog;

/** Use case: read the history of changes to one record. */
public final class AuditService {

    private final AuditLog log;
    private final AccessPolicy access;
    private final Transactions transactions;

    public AuditService(AuditLog log, AccessPolicy access, Transactions transactions) {
        this.log = log;
        this.access = access;
        this.transactions = transactions;
    }

    /** Every change to the record, oldest first. */
    public List<AuditEntry> of(Actor actor, String entityType, Object entityId) {
        return transactions.inTransaction(() -> {
            access.require(actor, AuditPermission.AUDIT_READ);
            return log.about(entityType, String.valueOf(entityId));
        });
    }
}
