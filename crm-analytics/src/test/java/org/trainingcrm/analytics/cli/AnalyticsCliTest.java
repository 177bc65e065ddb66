package org.trainingcrm.analytics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trainingcrm.analytics.testing.TestDatabase;
import org.trainingcrm.domain.Crm;
import org.trainingcrm.domain.assignment.ServiceLine;
import org.trainingcrm.domain.client.ClientForm;
import org.trainingcrm.domain.client.ClientId;
import org.trainingcrm.domain.fixtures.Centre;
import org.trainingcrm.domain.fixtures.TestClock;

import picocli.CommandLine;

class AnalyticsCliTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void draw_without_a_screen() {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void writes_the_workbook_for_a_user_given_by_login_on_a_derby_database_given_by_url(@TempDir Path folder)
            throws Exception {
        Path workbook = folder.resolve("reports/analytics.xlsx");
        int exitCode;
        try (TestDatabase database = TestDatabase.derbyIn(folder.resolve("crm-db"))) {
            Centre centre = aCentreWithAKyivClient(database);

            exitCode = run("--url", database.url(), "--user", "admin-" + centre.tag, "--out", workbook.toString(),
                    "--report", "clients-per-manager-by-industry");
        }

        assertThat(exitCode).as(err.toString()).isZero();
        assertThat(out.toString()).contains(workbook.toAbsolutePath().toString());
        try (XSSFWorkbook written = new XSSFWorkbook(workbook.toFile())) {
            assertThat(written.getSheet("Clients per manager by industry").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("Олена Менеджер");
        }
    }

    @Test
    void refuses_a_user_without_the_export_permission_and_writes_nothing(@TempDir Path folder) {
        Path workbook = folder.resolve("analytics.xlsx");
        int exitCode;
        try (TestDatabase database = TestDatabase.derbyIn(folder.resolve("crm-db"))) {
            Centre centre = aCentreWithAKyivClient(database);

            exitCode = run("--url", database.url(), "--user", "kyiv-" + centre.tag, "--out", workbook.toString());
        }

        assertThat(exitCode).isEqualTo(AnalyticsCli.FAILED);
        assertThat(err.toString()).contains("REPORT_EXPORT");
        assertThat(workbook).doesNotExist();
    }

    @Test
    void refuses_a_login_nobody_has(@TempDir Path folder) {
        Path workbook = folder.resolve("analytics.xlsx");
        int exitCode;
        try (TestDatabase database = TestDatabase.derbyIn(folder.resolve("crm-db"))) {
            exitCode = run("--url", database.url(), "--user", "nobody", "--out", workbook.toString());
        }

        assertThat(exitCode).isEqualTo(AnalyticsCli.FAILED);
        assertThat(err.toString()).contains("user nobody does not exist");
        assertThat(workbook).doesNotExist();
    }

    @Test
    void refuses_to_run_without_a_database_url(@TempDir Path folder) {
        int exitCode = run("--user", "admin", "--out", folder.resolve("analytics.xlsx").toString());

        assertThat(exitCode).isNotZero();
        assertThat(err.toString()).contains("--url");
    }

    @Test
    void refuses_to_run_without_the_acting_user(@TempDir Path folder) {
        int exitCode = run("--url", "jdbc:derby:memory:never-opened", "--out",
                folder.resolve("analytics.xlsx").toString());

        assertThat(exitCode).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).contains("--user");
    }

    @Test
    void refuses_an_unknown_report_as_a_usage_error(@TempDir Path folder) {
        int exitCode = run("--url", "jdbc:derby:memory:never-opened", "--user", "admin", "--out",
                folder.resolve("analytics.xlsx").toString(), "--report", "no-such-report");

        assertThat(exitCode).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).contains("'no-such-report'");
    }

    private static Centre aCentreWithAKyivClient(TestDatabase database) {
        Crm crm = Crm.on(database.store(), TestClock.at("2026-09-01T09:00:00Z"));
        Centre centre = Centre.open(crm);
        ClientId client = crm.clients().register(centre.kyivManager, ClientForm.organisation("Ромашка " + centre.tag));
        crm.managers().assign(centre.kyivManager, client, ServiceLine.of("courses"), centre.kyivManager.user());
        return centre;
    }

    private int run(String... args) {
        return AnalyticsCli.commandLine()
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
    }
}
