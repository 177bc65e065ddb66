package org.trainingcrm.analytics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Properties;

import javax.sql.DataSource;

import org.apache.calcite.adapter.jdbc.JdbcSchema;
import org.apache.calcite.avatica.util.Casing;
import org.apache.calcite.config.CalciteConnectionProperty;
import org.apache.calcite.jdbc.CalciteConnection;
import org.apache.calcite.jdbc.Driver;
import org.apache.calcite.schema.SchemaPlus;
import org.trainingcrm.analytics.report.Report;
import org.trainingcrm.analytics.report.ReportFailed;
import org.trainingcrm.analytics.report.ReportResult;
import org.trainingcrm.domain.kernel.BranchScope;

/**
 * Runs reports, written once in Calcite's SQL dialect, against the CRM database behind a
 * {@link DataSource}; Calcite pushes the work down to that database.
 *
 * <p>Every report runs within a {@link BranchScope}, bound to the report's {@code :all_branches}
 * and {@code :branch} parameters and applied by the database. Take the scope from
 * {@code crm.reports().authorise(actor, names)}, which checks the actor's permission and audits
 * the export; {@link AnalyticsWorkbook} does so.
 *
 * <p>One instance holds one Calcite connection; run reports from one thread at a time and
 * close it when done. The data source's own connections are borrowed per query.
 */
public final class CrmAnalytics implements AutoCloseable {

    /** The name under which the CRM tables appear to report SQL (unqualified names work too). */
    public static final String SCHEMA = "crm";

    private final Connection calcite;

    private CrmAnalytics(Connection calcite) {
        this.calcite = calcite;
    }

    /**
     * Brings the report views up to date, then opens Calcite over the CRM tables and views in the
     * data source's default schema; the CRM's own schema must be in place (open a CrmDatabase first).
     */
    public static CrmAnalytics over(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        ReportViews.apply(dataSource);
        Connection connection = null;
        try {
            String databaseSchema = defaultSchemaOf(dataSource);
            connection = new Driver().connect("jdbc:calcite:", calciteProperties());
            CalciteConnection calciteConnection = connection.unwrap(CalciteConnection.class);
            SchemaPlus root = calciteConnection.getRootSchema();
            root.add(SCHEMA, JdbcSchema.create(root, SCHEMA, dataSource, PushdownDialects.INSTANCE, null, databaseSchema));
            calciteConnection.setSchema(SCHEMA);
            return new CrmAnalytics(connection);
        } catch (SQLException | RuntimeException e) {
            closeQuietlyAfter(e, connection);
            throw e instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("cannot open analytics over the database: " + e.getMessage(), e);
        }
    }

    /** Runs the report over the branches of the scope and returns its rows, detached from the database. */
    public ReportResult run(Report report, BranchScope scope) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(scope, "scope");
        try {
            ScopedQuery query = ScopedQuery.of(report);
            try (PreparedStatement statement = calcite.prepareStatement(query.sql())) {
                query.bind(statement, scope);
                try (ResultSet rs = statement.executeQuery()) {
                    return ResultSetReader.read(report, rs);
                }
            }
        } catch (SQLException | RuntimeException e) {
            // Calcite reports planning and validation errors as RuntimeExceptions of its own
            throw new ReportFailed(report.name(), e);
        }
    }

    /**
     * Calcite's plan for the report in the scope, one operator a line; a single
     * {@code JdbcToEnumerableConverter} at the root means the database runs all of it.
     */
    String plan(Report report, BranchScope scope) {
        try {
            ScopedQuery query = ScopedQuery.of(report);
            try (PreparedStatement statement = calcite.prepareStatement("EXPLAIN PLAN FOR " + query.sql())) {
                // Calcite plans when it executes, and refuses to execute with unbound parameters
                query.bind(statement, scope);
                StringBuilder plan = new StringBuilder();
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        plan.append(rs.getString(1));
                    }
                }
                return plan.toString();
            }
        } catch (SQLException | RuntimeException e) {
            throw new ReportFailed(report.name(), e);
        }
    }

    /** Closes the Calcite connection; the data source is the caller's and stays open. */
    @Override
    public void close() {
        try {
            calcite.close();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close the analytics connection", e);
        }
    }

    // Unquoted identifiers keep the report's spelling (so result columns are labelled as written)
    // and are matched to tables and columns ignoring case: Derby stores unquoted names upper case
    // (CRM_USER), PostgreSQL lower case (crm_user), and one .sql file must serve both.
    private static Properties calciteProperties() {
        Properties info = new Properties();
        info.setProperty(CalciteConnectionProperty.UNQUOTED_CASING.camelName(), Casing.UNCHANGED.name());
        info.setProperty(CalciteConnectionProperty.QUOTED_CASING.camelName(), Casing.UNCHANGED.name());
        info.setProperty(CalciteConnectionProperty.CASE_SENSITIVE.camelName(), "false");
        return info;
    }

    // Liquibase creates the tables in the connection's default schema: APP (or the user's name)
    // on embedded Derby, the current schema (public, or currentSchema=...) on PostgreSQL. A null
    // answer from a driver means "no schema filter", which still works on a single-schema database.
    private static String defaultSchemaOf(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getSchema();
        }
    }

    private static void closeQuietlyAfter(Exception failure, Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException closing) {
            failure.addSuppressed(closing);
        }
    }
}
