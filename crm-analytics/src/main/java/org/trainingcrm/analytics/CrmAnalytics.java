package org.trainingcrm.analytics;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.ResultSet;
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

/**
 * Runs reports, written once in Calcite's SQL dialect, against the CRM database behind a
 * {@link DataSource}; Calcite pushes the work down to that database.
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

    /** Opens Calcite over the CRM tables in the data source's default schema. */
    public static CrmAnalytics over(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
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

    /** Runs the report and returns its rows, detached from the database. */
    public ReportResult run(Report report) {
        Objects.requireNonNull(report, "report");
        try (Statement statement = calcite.createStatement();
             ResultSet rs = statement.executeQuery(report.sql())) {
            return ResultSetReader.read(report, rs);
        } catch (SQLException | RuntimeException e) {
            // Calcite reports planning and validation errors as RuntimeExceptions of its own
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
