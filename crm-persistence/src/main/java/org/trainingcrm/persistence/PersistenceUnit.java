package org.trainingcrm.persistence;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceUnitTransactionType;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.trainingcrm.persistence.jpa.Slf4jSessionLog;

/**
 * The CRM's persistence unit, built in code from the features' mapping files (no persistence.xml):
 * only the classes those files map are managed, nothing is scanned.
 */
final class PersistenceUnit {

    static final String NAME = "training-crm";

    private PersistenceUnit() {
    }

    static EntityManagerFactory open(DataSource dataSource, List<String> mappingFiles) {
        PersistenceConfiguration unit = new PersistenceConfiguration(NAME)
                .provider(PersistenceProvider.class.getName())
                .transactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL);
        mappingFiles.forEach(unit::mappingFile);
        unit.property("jakarta.persistence.nonJtaDataSource", dataSource);
        unit.property("eclipselink.weaving", "false");
        // through the host's SLF4J binding at the levels it sets, never with bound values (personal data)
        unit.property("eclipselink.logging.logger", Slf4jSessionLog.class.getName());
        unit.property("eclipselink.logging.parameters", "false");
        // the default log, used before the session's, still writes to standard output: warnings only
        unit.property("eclipselink.logging.level", "WARNING");
        // a stale write reaches the caller as ConcurrentChange; logging it here too is noise
        unit.property("eclipselink.logging.exceptions", "false");
        // several CRM instances may share one database: read through, do not trust a shared cache
        unit.property("eclipselink.cache.shared.default", "false");
        unit.property("eclipselink.jdbc.batch-writing", "JDBC");
        unit.property("eclipselink.jdbc.batch-writing.size", "200");
        return Persistence.createEntityManagerFactory(unit);
    }
}
