package org.trainingcrm.persistence.jpa;

import javax.sql.DataSource;
import org.trainingcrm.domain.kernel.PortBundles;

/**
 * One feature's share of the database store: it keeps the feature's port bundle, built on
 * the store's transactions. The registry of database features lists each once.
 */
public interface DatabaseFeature {

    /** Keeps the feature's bundle of JPA (or JDBC) stores. */
    void keep(JpaTransactions transactions, DataSource dataSource, PortBundles bundles);
}
