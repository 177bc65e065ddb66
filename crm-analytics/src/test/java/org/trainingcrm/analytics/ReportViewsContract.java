package org.trainingcrm.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.Test;
import org.trainingcrm.analytics.report.Report;
import org.trainingcrm.analytics.report.ReportRow;
import org.trainingcrm.analytics.testing.ClientBase;
import org.trainingcrm.analytics.testing.TestDatabase;
import org.trainingcrm.domain.kernel.BranchScope;
import org.trainingcrm.domain.kernel.BranchId;

/**
 * The report views belong to analytics and are applied when it opens: created on a fresh
 * database, and replacing the branch-less views crm-persistence used to create (recorded as
 * {@code db/changelog/006-report-views.xml}) on an existing one. Each subclass supplies databases.
 */
abstract class ReportViewsContract {

    private static final String OLD_VIEWS = "org/trainingcrm/analytics/old-006-report-views.xml";
    private static final List<String> VIEWS = List.of("report_client_manager", "report_lesson");

    abstract TestDatabase openDatabase();

    @Test
    void replaces_the_old_views_of_an_existing_database() throws Exception {
        try (TestDatabase database = openDatabase()) {
            DataSource dataSource = database.dataSource();
            applyChangelog(dataSource, OLD_VIEWS);
            ClientBase base = ClientBase.in(dataSource);
            String kyiv = base.branch("Київ");
            base.assign(base.client("Ромашка", kyiv, Optional.empty()), "training", base.manager("Олена Коваль", kyiv));
            assertThat(columnsOf(dataSource, "report_lesson")).doesNotContain("branch_id");

            try (CrmAnalytics analytics = CrmAnalytics.over(dataSource)) {
                for (String view : VIEWS) {
                    assertThat(columnsOf(dataSource, view)).as(view).contains("branch_id");
                }
                assertThat(analytics.run(Report.named("clients-per-manager-by-industry"),
                        BranchScope.of(BranchId.of(kyiv))).rows())
                        .containsExactly(ReportRow.of("Олена Коваль", "(none)", 1L));
            }
            assertThat(changeSets(dataSource)).contains(
                    entry("006-report-client-manager", "EXECUTED"),
                    entry("006-report-lesson", "EXECUTED"),
                    entry("report-client-manager-2-drop", "EXECUTED"),
                    entry("report-client-manager-2", "EXECUTED"),
                    entry("report-lesson-2-drop", "EXECUTED"),
                    entry("report-lesson-2", "EXECUTED"));
        }
    }

    @Test
    void creates_the_views_on_a_fresh_database_with_nothing_to_drop() throws Exception {
        try (TestDatabase database = openDatabase()) {
            DataSource dataSource = database.dataSource();
            assertThat(changeSets(dataSource)).doesNotContainKeys("006-report-client-manager", "006-report-lesson");

            CrmAnalytics.over(dataSource).close();

            for (String view : VIEWS) {
                assertThat(columnsOf(dataSource, view)).as(view).contains("branch_id");
            }
            assertThat(changeSets(dataSource)).contains(
                    entry("report-client-manager-2-drop", "MARK_RAN"),
                    entry("report-client-manager-2", "EXECUTED"),
                    entry("report-lesson-2-drop", "MARK_RAN"),
                    entry("report-lesson-2", "EXECUTED"));
        }
    }

    @Test
    void opening_analytics_again_changes_nothing() throws Exception {
        try (TestDatabase database = openDatabase()) {
            DataSource dataSource = database.dataSource();
            CrmAnalytics.over(dataSource).close();
            Map<String, String> first = changeSets(dataSource);

            CrmAnalytics.over(dataSource).close();

            assertThat(changeSets(dataSource)).isEqualTo(first);
        }
    }

    @SuppressWarnings("deprecation") // as in ReportViews: the facade is the smallest entry for "update"
    private static void applyChangelog(DataSource dataSource, String changelog) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            new Liquibase(changelog, new ClassLoaderResourceAccessor(ReportViewsContract.class.getClassLoader()),
                    database).update("");
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        }
    }

    private static List<String> columnsOf(DataSource dataSource, String view) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT * FROM " + view + " WHERE 1 = 0")) {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int c = 1; c <= meta.getColumnCount(); c++) {
                columns.add(meta.getColumnLabel(c).toLowerCase(Locale.ROOT));
            }
            return columns;
        }
    }

    // change set id to how it was applied, in the order applied
    private static Map<String, String> changeSets(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(
                     "SELECT id, exectype FROM databasechangelog ORDER BY orderexecuted")) {
            Map<String, String> applied = new LinkedHashMap<>();
            while (rs.next()) {
                applied.put(rs.getString(1), rs.getString(2).trim());
            }
            return applied;
        }
    }
}
