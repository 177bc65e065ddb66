package org.trainingcrm.persistence.bulk;

import java.util.Optional;
import javax.sql.DataSource;
import org.trainingcrm.domain.bulk.BulkPorts;
import org.trainingcrm.domain.kernel.PortBundles;
import org.trainingcrm.persistence.jpa.DatabaseFeature;
import org.trainingcrm.persistence.jpa.JpaTransactions;

/** The bulk feature's stores on the database: a JDBC writer into the client feature's tables. */
public final class BulkTables implements DatabaseFeature {

    @Override
    public Optional<String> mappingFile() {
        return Optional.empty();
    }

    @Override
    public Optional<String> changelog() {
        return Optional.empty();
    }

    @Override
    public void keep(JpaTransactions transactions, DataSource dataSource, PortBundles bundles) {
        bundles.keep(BulkPorts.class, new BulkPorts(new JdbcClientBatches(transactions)));
    }
}
