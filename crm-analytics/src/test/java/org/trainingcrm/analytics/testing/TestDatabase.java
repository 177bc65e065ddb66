package org.trainingcrm.analytics.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.trainingcrm.persistence.CrmDatabase;
import org.trainingcrm.persistence.TestDatabases;

/**
 * A throw-away CRM database opened through {@link CrmDatabase}, which applies the schema:
 * Derby in memory or in a folder, or a fresh schema on a PostgreSQL server.
 */
public final class TestDatabase implements AutoCloseable {

    /** Set to a PostgreSQL URL (e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres) to test there too. */
    public static final String POSTGRES_URL_VARIABLE = TestDatabases.PG_URL_VARIABLE;

    // Derby's answer to a successful shutdown or drop is this SQL state, as an exception
    private static final String DERBY_SHUT_DOWN = "08006";

    private final String url;
    private final CrmDatabase database;
    private final Runnable drop;

    private TestDatabase(String url, CrmDatabase database, Runnable drop) {
        this.url = url;
        this.database = database;
        this.drop = drop;
    }

    /** A new, empty CRM database in Derby's memory. */
    public static TestDatabase derbyInMemory() {
        String url = "jdbc:derby:memory:crm-" + UUID.randomUUID();
        return new TestDatabase(url, CrmDatabase.connect(url + ";create=true", null, null),
                () -> derbyCommand(url + ";drop=true"));
    }

    /** A new, empty CRM database in a Derby folder, as the command line would open it. */
    public static TestDatabase derbyIn(Path folder) {
        String url = "jdbc:derby:" + folder.toAbsolutePath();
        return new TestDatabase(url, CrmDatabase.embedded(folder), () -> { });
    }

    /** A new schema on the PostgreSQL server of the URL, made the connections' current schema. */
    public static TestDatabase postgres(String serverUrl) {
        String url = TestDatabases.freshPostgresSchema(serverUrl);
        String schema = url.substring(url.indexOf("currentSchema=") + "currentSchema=".length());
        return new TestDatabase(url, CrmDatabase.connect(url, null, null),
                () -> execute(serverUrl, "DROP SCHEMA " + schema + " CASCADE"));
    }

    /** The JDBC URL of the database. */
    public String url() {
        return url;
    }

    /** The CRM's store on this database, for filling it through the services. */
    public CrmDatabase store() {
        return database;
    }

    /** The data source the CRM itself uses. */
    public DataSource dataSource() {
        return database.dataSource();
    }

    /** Closes the store, then drops the database (memory, PostgreSQL schema). */
    @Override
    public void close() {
        database.close();
        drop.run();
    }

    private static void derbyCommand(String url) {
        try {
            DriverManager.getConnection(url).close();
        } catch (SQLException e) {
            if (!DERBY_SHUT_DOWN.equals(e.getSQLState())) {
                throw new IllegalStateException("cannot close " + url, e);
            }
        }
    }

    private static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run '" + sql + "' on " + url, e);
        }
    }
}
