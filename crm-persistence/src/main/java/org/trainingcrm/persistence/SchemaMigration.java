package org.trainingcrm.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.trainingcrm.domain.kernel.StoreUnavailable;
import liquibase.ContextExpression;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Labels;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Brings a database's schema up to the features' Liquibase changelogs; the only writer of DDL.
 * The master changelog is made in memory, one include per feature in the registry's order, so
 * the whole schema still migrates in one Liquibase update under one lock.
 */
final class SchemaMigration {

    /** Derby's SQLState for "another instance of Derby may have already booted the database". */
    private static final String DERBY_BOOTED_ELSEWHERE = "XSDB6";

    // held so the level set below is not lost when the logger is collected
    private static final java.util.logging.Logger LIQUIBASE_LOG = java.util.logging.Logger.getLogger("liquibase");

    static {
        // each applied change set is logged at INFO: too chatty for a library opening its store
        LIQUIBASE_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    private SchemaMigration() {
    }

    @SuppressWarnings("deprecation") // the Liquibase facade is the smallest stable entry for "update"
    static void apply(DataSource dataSource, List<String> changelogs) {
        try (Connection connection = dataSource.getConnection()) {
            // Liquibase prints its progress and an update summary to standard output unless told to log them
            Scope.child(Map.of(Scope.Attr.ui.name(), new LoggerUIService(),
                    "liquibase.command.showSummaryOutput", "LOG"), () -> {
                Database database = DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new JdbcConnection(connection));
                ResourceAccessor resources = new ClassLoaderResourceAccessor(SchemaMigration.class.getClassLoader());
                Liquibase liquibase = new Liquibase(master(changelogs, resources, database), resources, database);
                try (MigrationLock ignored = MigrationLock.take(connection, database)) {
                    liquibase.update(new Contexts(), new LabelExpression());
                }
                // with nothing to apply Liquibase still leaves its lock-check transaction open
                if (!connection.getAutoCommit()) {
                    connection.commit();
                }
            });
        } catch (SQLException e) {
            throw failure(dataSource, "cannot reach the CRM database to migrate its schema", e);
        } catch (Exception e) {
            throw failure(dataSource, "the CRM schema migration failed", e);
        }
    }

    // a database another process holds says so at the top, not causes deep
    private static RuntimeException failure(DataSource dataSource, String what, Exception cause) {
        if (!bootedElsewhere(cause)) {
            return new IllegalStateException(what, cause);
        }
        String database = dataSource instanceof DriverManagerDataSource jdbc
                ? jdbc.url().replace(";create=true", "").replaceFirst("^jdbc:derby:", "")
                : "behind the host's DataSource";
        return new StoreUnavailable(StoreUnavailable.Kind.IN_USE, "another process holds the embedded Derby database "
                + database + "; embedded Derby serves one process at a time: close the other process, or let several"
                + " processes share the database through the Derby network server (jdbc:derby://host:1527/...)"
                + " or PostgreSQL", DERBY_BOOTED_ELSEWHERE, cause);
    }

    /** Whether Derby refused the database because another process has booted it, anywhere in the chain. */
    private static boolean bootedElsewhere(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (DERBY_BOOTED_ELSEWHERE.equals(next.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The master changelog: each feature's changelog included, in order. */
    static DatabaseChangeLog master(List<String> changelogs, ResourceAccessor resources, Database database)
            throws LiquibaseException {
        DatabaseChangeLog master = new DatabaseChangeLog("training-crm-features");
        master.setChangeLogParameters(new ChangeLogParameters(database));
        for (String changelog : changelogs) {
            master.include(changelog, false, true, resources, new ContextExpression(), new Labels(), false,
                    DatabaseChangeLog.OnUnknownFileFormat.FAIL);
        }
        return master;
    }
}
