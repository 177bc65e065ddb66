package org.trainingcrm.persistence.audit;

import javax.sql.DataSource;
import org.trainingcrm.domain.kernel.PortBundles;
import org.trainingcrm.persistence.jpa.DatabaseFeature;
import org.trainingcrm.persistence.jpa.JpaTransactions;

/**
 * The audit trail's table and mapping. It keeps no bundle: the audit log is the store's own
 * ({@code CrmStore.auditLog()}), a {@link JpaAuditLog} the database builds beside its transactions.
 */
public final class AuditTables implements DatabaseFeature {

    @Override
    public void keep(JpaTransactions transactions, DataSource dataSource, PortBundles bundles) {
        // nothing to keep: see the class comment
    }
}
