package org.trainingcrm.analytics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trainingcrm.analytics.testing.ClientBase;
import org.trainingcrm.analytics.testing.TestDatabase;

import picocli.CommandLine;

class AnalyticsCliTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void draw_without_a_screen() {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void writes_the_workbook_for_a_derby_database_given_by_url(@TempDir Path folder) throws Exception {
        Path workbook = folder.resolve("reports/analytics.xlsx");
        int exitCode;
        try (TestDatabase database = TestDatabase.derbyIn(folder.resolve("crm-db"))) {
            ClientBase base = ClientBase.in(database.dataSource());
            String branch = base.branch("Київ");
            base.assign(base.client("Ромашка", branch, Optional.of(base.industry("Освіта"))),
                    "training", base.manager("Олена Коваль", branch));

            exitCode = run("--url", database.url(), "--out", workbook.toString(),
                    "--report", "clients-per-manager-by-industry");
        }

        assertThat(exitCode).as(err.toString()).isZero();
        assertThat(out.toString()).contains(workbook.toAbsolutePath().toString());
        try (XSSFWorkbook written = new XSSFWorkbook(workbook.toFile())) {
            assertThat(written.getSheet("Clients per manager by industry").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("Олена Коваль");
        }
    }

    @Test
    void refuses_to_run_without_a_database_url(@TempDir Path folder) {
        int exitCode = run("--out", folder.resolve("analytics.xlsx").toString());

        assertThat(exitCode).isNotZero();
        assertThat(err.toString()).contains("--url");
    }

    @Test
    void refuses_an_unknown_report_as_a_usage_error(@TempDir Path folder) {
        int exitCode = run("--url", "jdbc:derby:memory:never-opened", "--out",
                folder.resolve("analytics.xlsx").toString(), "--report", "no-such-report");

        assertThat(exitCode).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).contains("'no-such-report'");
    }

    private int run(String... args) {
        return new CommandLine(new AnalyticsCli())
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
    }
}
