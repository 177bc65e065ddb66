package org.trainingcrm.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.trainingcrm.domain.kernel.StoreUnavailable;
import org.trainingcrm.persistence.jpa.StoreErrors;

/** The HikariCP pool the store opens for a JDBC URL; a host with its own pool passes a DataSource instead. */
final class ConnectionPool {

    private static final AtomicInteger POOLS = new AtomicInteger();

    private ConnectionPool() {
    }

    /**
     * A pool that has opened its first connection, so a database out of reach fails here.
     *
     * @throws StoreUnavailable when no driver takes the URL or the database cannot be reached
     */
    static HikariDataSource open(String jdbcUrl, String user, String password, PoolSettings settings) {
        try {
            DriverManager.getDriver(jdbcUrl);
        } catch (SQLException e) {
            throw new StoreUnavailable(StoreUnavailable.Kind.MISCONFIGURED,
                    "no JDBC driver on the class path accepts " + withoutParameters(jdbcUrl)
                            + ": check its spelling and the driver", e.getSQLState(), null);
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("training-crm-" + POOLS.incrementAndGet());
        config.setJdbcUrl(jdbcUrl);
        if (user != null) {
            config.setUsername(user);
            config.setPassword(password);
        }
        config.setMaximumPoolSize(settings.maximumPoolSize());
        config.setMinimumIdle(settings.minimumIdle());
        config.setConnectionTimeout(settings.connectionTimeout().toMillis());
        config.setIdleTimeout(settings.idleTimeout().toMillis());
        // one attempt at open: a wrong address or password fails the open, not the first use case
        config.setInitializationFailTimeout(1);
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw StoreErrors.unreachable(e).orElseGet(() -> new StoreUnavailable(StoreUnavailable.Kind.UNREACHABLE,
                    "the CRM database at " + withoutParameters(jdbcUrl) + " could not be opened: "
                            + e.getMessage(), null, null));
        }
    }

    /** The URL without its parameters, which may carry a password. */
    static String withoutParameters(String jdbcUrl) {
        int cut = jdbcUrl.length();
        for (char separator : new char[] {'?', ';', '&'}) {
            int at = jdbcUrl.indexOf(separator);
            if (at >= 0) {
                cut = Math.min(cut, at);
            }
        }
        return jdbcUrl.substring(0, cut);
    }
}
