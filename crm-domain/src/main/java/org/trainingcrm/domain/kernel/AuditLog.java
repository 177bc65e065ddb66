package org.trainingcrm.domain.kernel;

import java.util.List;

/** Port: the append-only log of changes, written in the same transaction as the change. */
public interface AuditLog {

    void record(AuditEntry entry);

    /** Every entry about one record, oldest first. */
    List<AuditEntry> about(String entityType, String entityId);
}
