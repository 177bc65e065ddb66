package org.trainingcrm.analytics.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReportTest {

    @Test
    void loads_a_report_by_name_with_the_title_from_its_header_comment() {
        Report report = Report.named("clients-per-manager-by-industry");

        assertThat(report.title()).isEqualTo("Clients per manager by industry");
        assertThat(report.sql()).contains("FROM report_client_manager").doesNotEndWith(";");
    }

    @Test
    void reads_each_report_from_the_report_sql_of_its_folder() {
        Report report = Report.named("timetable");

        assertThat(report.title()).isEqualTo("Timetable");
        assertThat(report.sql()).contains("FROM report_lesson").contains(":all_branches");
    }

    @Test
    void lists_every_report_of_the_index() {
        assertThat(Report.all()).extracting(Report::name).containsExactly("clients-per-manager-by-industry", "timetable");
    }

    @Test
    void refuses_an_unknown_report_naming_it_and_the_known_ones() {
        assertThatThrownBy(() -> Report.named("revenue-per-astrological-sign"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'revenue-per-astrological-sign'")
                .hasMessageContaining("clients-per-manager-by-industry");
    }

    @Test
    void refuses_a_name_that_would_reach_outside_the_reports_folder() {
        assertThatThrownBy(() -> Report.named("../reports/clients-per-manager-by-industry"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown report");
    }

    @Test
    void refuses_sql_without_a_header_saying_what_it_answers() {
        assertThatThrownBy(() -> Report.fromText("bare", "SELECT 1 FROM branch"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'bare'");
    }

    @Test
    void drops_the_terminating_semicolon_calcite_would_refuse() {
        Report report = Report.fromText("branches", "-- Branches\nSELECT name FROM branch;\n");

        assertThat(report.title()).isEqualTo("Branches");
        assertThat(report.sql()).endsWith("FROM branch");
    }
}
