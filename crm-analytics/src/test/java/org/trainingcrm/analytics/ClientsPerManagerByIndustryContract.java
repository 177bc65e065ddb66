package org.trainingcrm.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.JDBCType;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.trainingcrm.analytics.report.Report;
import org.trainingcrm.analytics.report.ReportColumn;
import org.trainingcrm.analytics.report.ReportResult;
import org.trainingcrm.analytics.report.ReportRow;
import org.trainingcrm.analytics.testing.ClientBase;
import org.trainingcrm.analytics.testing.TestDatabase;
import org.trainingcrm.domain.kernel.BranchScope;
import org.trainingcrm.domain.kernel.BranchId;

/**
 * What the clients-per-manager report must answer on every database it runs on; each
 * subclass supplies one database.
 *
 * <p>Managers and industries are named so that Unicode code point order and the usual
 * language collations agree (Latin before Cyrillic before Han), so the expected order holds
 * whichever database sorts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ClientsPerManagerByIndustryContract {

    private TestDatabase database;
    private CrmAnalytics analytics;
    private BranchId moscow;
    private BranchId kyiv;

    abstract TestDatabase openDatabase();

    @BeforeAll
    void open_a_database_with_a_multilingual_client_base() {
        database = openDatabase();
        ClientBase base = ClientBase.in(database.dataSource());
        String branch = base.branch("Главный офис");
        moscow = BranchId.of(branch);
        String zoe = base.manager("Zoë Dupré", branch);
        String olga = base.manager("Ольга Смирнова", branch);
        String wei = base.manager("王伟", branch);
        String banking = base.industry("Banque & Crédit");
        String education = base.industry("Образование");
        String manufacturing = base.industry("製造業");

        base.assign(base.client("Société Générale Formation", branch, Optional.of(banking)), "training", zoe);

        String romashka = base.client("Ромашка", branch, Optional.of(education));
        base.assign(romashka, "training", olga);
        base.assign(romashka, "consulting", olga);
        base.assign(base.client("Crêperie Bretonne", branch, Optional.of(education)), "training", olga);
        base.assign(base.client("ИП Без отрасли", branch, Optional.empty()), "training", olga);

        String beijing = base.client("北京科技有限公司", branch, Optional.of(manufacturing));
        base.assignedUntilRecently(beijing, "training", olga);
        base.assign(beijing, "training", wei);
        base.assign(base.client("上海银行", branch, Optional.of(banking)), "training", wei);

        String kyivBranch = base.branch("Київ");
        kyiv = BranchId.of(kyivBranch);
        String olena = base.manager("Олена Коваль", kyivBranch);
        base.assign(base.client("Ромашка Київ", kyivBranch, Optional.of(education)), "training", olena);
        // a head-office manager may hold a client of a branch: the client's branch decides the scope
        base.assign(base.client("Крок", kyivBranch, Optional.empty()), "training", olga);

        analytics = CrmAnalytics.over(database.dataSource());
    }

    @AfterAll
    void close_the_database() {
        if (analytics != null) {
            analytics.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void counts_each_current_client_once_per_manager_and_industry() {
        ReportResult result = analytics.run(Report.named("clients-per-manager-by-industry"), BranchScope.of(moscow));

        assertThat(result.rows()).containsExactly(
                ReportRow.of("Zoë Dupré", "Banque & Crédit", 1L),
                ReportRow.of("Ольга Смирнова", "Образование", 2L),
                ReportRow.of("Ольга Смирнова", "(none)", 1L),
                ReportRow.of("王伟", "Banque & Crédit", 1L),
                ReportRow.of("王伟", "製造業", 1L));
    }

    @Test
    void counts_the_clients_of_the_scopes_branch_only() {
        ReportResult result = analytics.run(Report.named("clients-per-manager-by-industry"), BranchScope.of(kyiv));

        assertThat(result.rows()).containsExactly(
                ReportRow.of("Олена Коваль", "Образование", 1L),
                ReportRow.of("Ольга Смирнова", "(none)", 1L));
    }

    @Test
    void counts_the_clients_of_every_branch_for_a_scope_of_all() {
        ReportResult result = analytics.run(Report.named("clients-per-manager-by-industry"), BranchScope.all());

        assertThat(result.rows()).containsExactly(
                ReportRow.of("Zoë Dupré", "Banque & Crédit", 1L),
                ReportRow.of("Олена Коваль", "Образование", 1L),
                ReportRow.of("Ольга Смирнова", "Образование", 2L),
                ReportRow.of("Ольга Смирнова", "(none)", 2L),
                ReportRow.of("王伟", "Banque & Crédit", 1L),
                ReportRow.of("王伟", "製造業", 1L));
    }

    @Test
    void labels_the_columns_as_the_report_writes_them_and_counts_as_longs() {
        ReportResult result = analytics.run(Report.named("clients-per-manager-by-industry"), BranchScope.all());

        assertThat(result.columns()).extracting(ReportColumn::name, ReportColumn::javaClass)
                .containsExactly(
                        tuple("manager", String.class),
                        tuple("industry", String.class),
                        tuple("clients", Long.class));
        assertThat(result.columns().get(2).sqlType()).isEqualTo(JDBCType.BIGINT);
    }
}
