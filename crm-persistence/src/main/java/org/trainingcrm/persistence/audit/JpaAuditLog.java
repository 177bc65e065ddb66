package org.trainingcrm.persistence.audit;

import java.util.List;
import org.trainingcrm.domain.kernel.AuditEntry;
import org.trainingcrm.domain.kernel.AuditLog;
import org.trainingcrm.persistence.jpa.JpaTransactions;

/** The audit log in the CRM database, written in the unit of work of the change. */
public final class JpaAuditLog implements AuditLog {

    private final JpaTransactions transactions;

    public JpaAuditLog(JpaTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void record(AuditEntry entry) {
        transactions.entityManager().persist(entry);
    }

    @Override
    public List<AuditEntry> about(String entityType, String entityId) {
        return transactions.entityManager().createQuery("select a from AuditEntry a where a.entityType = :type"
                + " and a.entityId = :id order by a.recordedAt, a.id", AuditEntry.class)
                .setParameter("type", entityType).setParameter("id", entityId).getResultList();
    }
}
