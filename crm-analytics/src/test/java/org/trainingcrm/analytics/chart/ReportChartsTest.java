package org.trainingcrm.analytics.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.sql.JDBCType;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trainingcrm.analytics.report.Report;
import org.trainingcrm.analytics.report.ReportColumn;
import org.trainingcrm.analytics.report.ReportResult;
import org.trainingcrm.analytics.report.ReportRow;
import org.trainingcrm.analytics.testing.Results;

class ReportChartsTest {

    @BeforeAll
    static void draw_without_a_screen() {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void draws_managers_as_stacked_bars_into_a_png_of_the_requested_size() throws Exception {
        ReportResult result = Results.clientsPerManager(
                ReportRow.of("Zoë Dupré", "Banque & Crédit", 3L),
                ReportRow.of("Ольга Смирнова", "Образование", 2L),
                ReportRow.of("Ольга Смирнова", "(none)", 1L),
                ReportRow.of("王伟", "製造業", 4L));

        byte[] png = ReportCharts.stackedBarPng(result, 640, 400);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(640);
        assertThat(image.getHeight()).isEqualTo(400);
    }

    @Test
    void draws_an_empty_report_as_a_chart_without_bars() throws Exception {
        byte[] png = ReportCharts.stackedBarPng(Results.clientsPerManager(), 300, 200);

        assertThat(ImageIO.read(new ByteArrayInputStream(png)).getWidth()).isEqualTo(300);
    }

    @Test
    void refuses_a_result_that_is_not_category_series_value() {
        ReportResult twoColumns = new ReportResult(Report.fromText("branches", "-- Branches\nSELECT 1"),
                List.of(new ReportColumn("branch", JDBCType.VARCHAR, String.class),
                        new ReportColumn("clients", JDBCType.BIGINT, Long.class)),
                List.of(ReportRow.of("Главный офис", 1L)));

        assertThat(ReportCharts.canChart(twoColumns)).isFalse();
        assertThatThrownBy(() -> ReportCharts.stackedBarPng(twoColumns, 300, 200))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'branches'");
    }
}
