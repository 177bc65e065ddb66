package org.trainingcrm.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.locks.ReentrantLock;
import liquibase.database.Database;
import liquibase.exception.LiquibaseException;
import liquibase.lockservice.LockServiceFactory;

/**
 * Keeps a changelog lock left by a killed process from stopping every later open. Liquibase's
 * lock is a row that outlives its holder; where the database lets us prove the holder dead we
 * release that row before the update:
 * <ul>
 * <li>embedded Derby serves one process, and this process migrates one database at a time, so a
 * lock found here is stale by construction;</li>
 * <li>on PostgreSQL the migration holds a session advisory lock, which dies with its connection:
 * whoever took the changelog lock held it too, so once we hold it the row's holder is gone.</li>
 * </ul>
 * Other databases keep Liquibase's own wait.
 */
final class MigrationLock implements AutoCloseable {

    /** The advisory lock's first key, "CRM" in ASCII; the second is the schema's hash. */
    static final int ADVISORY_KEY = 0x43524D;

    // one embedded migration at a time in this process: the proof of staleness above rests on it
    private static final ReentrantLock EMBEDDED = new ReentrantLock();

    private static final Runnable NOTHING = () -> { };

    private final Runnable release;

    private MigrationLock(Runnable release) {
        this.release = release;
    }

    /** Takes the lock that proves a changelog lock stale, and releases a stale one; blocks while a live process migrates. */
    static MigrationLock take(Connection connection, Database database) throws SQLException, LiquibaseException {
        MigrationLock lock = switch (kind(connection)) {
            case EMBEDDED_DERBY -> embedded();
            case POSTGRESQL -> advisory(connection);
            case OTHER -> new MigrationLock(NOTHING);
        };
        if (lock.release != NOTHING) {
            try {
                LockServiceFactory.getInstance().getLockService(database).forceReleaseLock();
            } catch (LiquibaseException | RuntimeException e) {
                lock.close();
                throw e;
            }
        }
        return lock;
    }

    @Override
    public void close() {
        release.run();
    }

    private enum Kind { EMBEDDED_DERBY, POSTGRESQL, OTHER }

    private static Kind kind(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        String driver = connection.getMetaData().getDriverName().toLowerCase(Locale.ROOT);
        if (product.contains("derby") && driver.contains("embedded")) {
            return Kind.EMBEDDED_DERBY;
        }
        return product.contains("postgresql") ? Kind.POSTGRESQL : Kind.OTHER;
    }

    private static MigrationLock embedded() {
        EMBEDDED.lock();
        return new MigrationLock(EMBEDDED::unlock);
    }

    private static MigrationLock advisory(Connection connection) throws SQLException {
        // per schema, so CRMs in different schemas of one database do not wait for each other
        run(connection, "SELECT pg_advisory_lock(?, hashtext(coalesce(current_schema(), '')))");
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
        return new MigrationLock(() -> {
            try {
                run(connection, "SELECT pg_advisory_unlock(?, hashtext(coalesce(current_schema(), '')))");
                if (!connection.getAutoCommit()) {
                    connection.commit();
                }
            } catch (SQLException e) {
                // a broken session has lost its advisory locks already
            }
        });
    }

    private static void run(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, ADVISORY_KEY);
            statement.execute();
        }
    }
}
