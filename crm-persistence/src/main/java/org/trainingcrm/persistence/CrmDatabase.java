package org.trainingcrm.persistence;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.trainingcrm.domain.kernel.AuditLog;
import org.trainingcrm.domain.kernel.BranchId;
import org.trainingcrm.domain.kernel.CrmStore;
import org.trainingcrm.domain.kernel.PortBundles;
import org.trainingcrm.domain.kernel.StoreUnavailable;
import org.trainingcrm.domain.kernel.Transactions;
import org.trainingcrm.persistence.audit.JpaAuditLog;
import org.trainingcrm.persistence.jpa.BranchIdConverter;
import org.trainingcrm.persistence.jpa.JpaTransactions;
import org.trainingcrm.persistence.jpa.StoreErrors;

/**
 * The CRM's store on a relational database: embedded Derby in a folder, or any database
 * EclipseLink supports by JDBC URL or DataSource. Opening it brings the schema up to date.
 *
 * <pre>{@code
 * try (CrmDatabase db = CrmDatabase.embedded(Path.of("crm-data"))) {
 *     Crm crm = Crm.on(db, Clock.systemUTC());
 * }
 * }</pre>
 */
public final class CrmDatabase implements CrmStore, AutoCloseable {

    private static final BranchIdConverter BRANCH_COLUMN = new BranchIdConverter();

    private final DataSource dataSource;
    private final Runnable onClose;
    private final EntityManagerFactory factory;
    private final JpaTransactions transactions;
    private final JpaAuditLog auditLog;
    private final PortBundles bundles;

    private CrmDatabase(DataSource dataSource, Runnable onClose) {
        this.dataSource = dataSource;
        this.onClose = onClose;
        try {
            SchemaMigration.apply(dataSource, DatabaseFeatures.changelogs());
        } catch (RuntimeException e) {
            closeAfterFailedOpen(onClose, e);
            throw StoreErrors.unreachable(e).map(RuntimeException.class::cast).orElse(e);
        }
        this.factory = PersistenceUnit.open(dataSource, DatabaseFeatures.mappingFiles());
        try {
            this.transactions = new JpaTransactions(factory, DatabaseFeatures.uniqueRules());
        } catch (RuntimeException e) {
            // the unit logs in here: the database may have gone since the migration
            closeAfterFailedOpen(factory::close, e);
            closeAfterFailedOpen(onClose, e);
            throw StoreErrors.unreachable(e).map(RuntimeException.class::cast).orElse(e);
        }
        this.auditLog = new JpaAuditLog(transactions);
        this.bundles = new PortBundles();
        DatabaseFeatures.ALL.forEach(feature -> feature.keep(transactions, dataSource, bundles));
    }

    /** Opens (creating on first use) an embedded Derby database in the folder. */
    public static CrmDatabase embedded(Path folder) {
        Path absolute = folder.toAbsolutePath();
        try {
            Files.createDirectories(absolute.getParent());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create the folder for " + absolute, e);
        }
        if (System.getProperty("derby.stream.error.file") == null) {
            // Derby writes derby.log into the working directory unless told where
            System.setProperty("derby.stream.error.file", absolute + ".derby.log");
        }
        String url = "jdbc:derby:" + absolute;
        HikariDataSource pool = ConnectionPool.open(url + ";create=true", null, null, PoolSettings.defaults());
        return new CrmDatabase(pool, () -> {
            pool.close();
            shutDownDerby(url);
        });
    }

    /**
     * Opens the database at a JDBC URL through a connection pool with {@link PoolSettings#defaults()};
     * the driver must be on the class path.
     *
     * @throws StoreUnavailable when no driver takes the URL, or the database is out of reach,
     *     missing, or refuses the user; its kind says which
     */
    public static CrmDatabase connect(String jdbcUrl, String user, String password) {
        return connect(jdbcUrl, user, password, PoolSettings.defaults());
    }

    /** Opens the database at a JDBC URL through a connection pool of the host's settings; closed with the store. */
    public static CrmDatabase connect(String jdbcUrl, String user, String password, PoolSettings pool) {
        HikariDataSource dataSource = ConnectionPool.open(jdbcUrl, user, password, pool);
        return new CrmDatabase(dataSource, dataSource::close);
    }

    /** Opens the database behind the host's DataSource (usually a connection pool). */
    public static CrmDatabase on(DataSource dataSource) {
        return new CrmDatabase(dataSource, () -> { });
    }

    /** The DataSource the CRM reads and writes through; analytics opens its SQL over it. */
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }

    @Override
    public AuditLog auditLog() {
        return auditLog;
    }

    @Override
    public <P> P ports(Class<P> bundle) {
        return bundles.get(bundle);
    }

    @Override
    public boolean keeps(Class<?> bundle) {
        return bundles.contains(bundle);
    }

    /** EclipseLink's own objects behind the unit (its session), for the tests of this package. */
    <T> T unwrap(Class<T> type) {
        return factory.unwrap(type);
    }

    @Override
    public void close() {
        try {
            factory.close();
        } finally {
            onClose.run();
        }
    }

    private static void closeAfterFailedOpen(Runnable onClose, RuntimeException failure) {
        try {
            onClose.run();
        } catch (RuntimeException closing) {
            failure.addSuppressed(closing);
        }
    }

    /** The text a branch id column holds, for SQL written outside this module, such as reports. */
    public static String columnValue(BranchId branch) {
        return BRANCH_COLUMN.convertToDatabaseColumn(branch);
    }

    private static void shutDownDerby(String url) {
        try (Connection ignored = DriverManager.getConnection(url + ";shutdown=true")) {
            throw new IllegalStateException("Derby did not shut down " + url);
        } catch (SQLException expected) {
            // Derby reports a clean shutdown of one database as SQLState 08006
            if (!"08006".equals(expected.getSQLState())) {
                throw new IllegalStateException("Derby failed to shut down " + url, expected);
            }
        }
    }
}
