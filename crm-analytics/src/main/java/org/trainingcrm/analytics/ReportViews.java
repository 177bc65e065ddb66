package org.trainingcrm.analytics;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Brings the views the reports read up to analytics' own Liquibase changelog, which includes
 * the {@code view.xml} beside each report's SQL. The tables are crm-persistence's; the views
 * over them belong to the reports, so a report and its view change together.
 */
final class ReportViews {

    static final String CHANGELOG = "org/trainingcrm/analytics/reports/views-changelog.xml";

    // held so the level set below is not lost when the logger is collected
    private static final java.util.logging.Logger LIQUIBASE_LOG = java.util.logging.Logger.getLogger("liquibase");

    static {
        // each applied change set is logged at INFO: too chatty for a library opening its reports
        LIQUIBASE_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    private ReportViews() {
    }

    // quieted as crm-persistence's SchemaMigration is; that class is internal to its module
    @SuppressWarnings("deprecation") // the Liquibase facade is the smallest stable entry for "update"
    static void apply(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            // Liquibase prints its progress and an update summary to standard output unless told to log them
            Scope.child(Map.of(Scope.Attr.ui.name(), new LoggerUIService(),
                    "liquibase.command.showSummaryOutput", "LOG"), () -> {
                Database database = DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new JdbcConnection(connection));
                Liquibase liquibase = new Liquibase(CHANGELOG, new ClassLoaderResourceAccessor(
                        ReportViews.class.getClassLoader()), database);
                liquibase.update(new Contexts(), new LabelExpression());
                // with nothing to apply Liquibase still leaves its lock-check transaction open
                if (!connection.getAutoCommit()) {
                    connection.commit();
                }
            });
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the CRM database to create the report views", e);
        } catch (Exception e) {
            throw new IllegalStateException("the report views migration failed", e);
        }
    }
}
