package org.trainingcrm.domain.audit;

import static org.trainingcrm.domain.audit.AuditPermission.AUDIT_READ;

import java.util.List;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.AuditEntry;
import org.trainingcrm.domain.kernel.UseCases;

/** Use case: read the history of changes to one record. */
public final class AuditService {

    private final UseCases useCases;

    public AuditService(UseCases useCases) {
        this.useCases = useCases;
    }

    /** Every change to the record, oldest first. */
    public List<AuditEntry> of(Actor actor, String entityType, Object entityId) {
        return useCases.read(actor, AUDIT_READ, uc -> uc.trail(entityType, String.valueOf(entityId)));
    }
}
