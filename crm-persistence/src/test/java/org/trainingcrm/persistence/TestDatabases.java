package org.trainingcrm.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;

/**
 * The databases the integration suites run on, opened once per test run and shared: each
 * test keeps to a centre of its own. Derby always; PostgreSQL when CRM_TEST_PG_URL names one,
 * in a schema made for this run and dropped at exit.
 */
public final class TestDatabases {

    public static final String PG_URL_VARIABLE = "CRM_TEST_PG_URL";

    private static CrmDatabase derby;
    private static CrmDatabase postgres;

    private TestDatabases() {
    }

    public static synchronized CrmDatabase derby() {
        if (derby == null) {
            Path folder = Path.of("target", "test-db", "crm-" + UUID.randomUUID());
            derby = CrmDatabase.embedded(folder);
            Runtime.getRuntime().addShutdownHook(new Thread(derby::close));
        }
        return derby;
    }

    public static synchronized CrmDatabase postgres() {
        if (postgres == null) {
            String url = postgresUrl().orElseThrow(() -> new IllegalStateException(PG_URL_VARIABLE + " is not set"));
            String schema = "crm_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            execute(url, "CREATE SCHEMA " + schema);
            postgres = CrmDatabase.connect(withSchema(url, schema), null, null);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                postgres.close();
                execute(url, "DROP SCHEMA " + schema + " CASCADE");
            }));
        }
        return postgres;
    }

    /** A fresh PostgreSQL schema's URL, for tests that need a database of their own. */
    public static String freshPostgresSchema(String url) {
        String schema = "crm_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(url, "CREATE SCHEMA " + schema);
        return withSchema(url, schema);
    }

    public static Optional<String> postgresUrl() {
        return Optional.ofNullable(System.getenv(PG_URL_VARIABLE)).filter(url -> !url.isBlank());
    }

    private static String withSchema(String url, String schema) {
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed on " + url, e);
        }
    }
}
