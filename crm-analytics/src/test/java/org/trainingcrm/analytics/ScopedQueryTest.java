package org.trainingcrm.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.trainingcrm.analytics.report.Report;

class ScopedQueryTest {

    @Test
    void turns_the_named_scope_parameters_into_markers_outside_comments_and_literals() {
        Report report = Report.fromText("branches", """
                -- Branches: :not_a_parameter in the header
                SELECT name, ':branch' AS "odd:name" /* :neither */
                FROM branch
                WHERE (:all_branches = 1 OR id = :branch)
                """);

        String sql = ScopedQuery.of(report).sql();

        assertThat(sql).contains("WHERE (? = 1 OR id = ?)")
                .contains("-- Branches: :not_a_parameter in the header")
                .contains("':branch' AS \"odd:name\" /* :neither */");
    }

    @Test
    void refuses_a_report_that_does_not_filter_by_the_branch_scope() {
        Report report = Report.fromText("branches", "-- Branches\nSELECT name FROM branch");

        assertThatThrownBy(() -> ScopedQuery.of(report))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'branches'")
                .hasMessageContaining("(:all_branches = 1 OR branch_id = :branch)");
    }

    @Test
    void refuses_a_parameter_it_cannot_bind() {
        Report report = Report.fromText("branches",
                "-- Branches\nSELECT name FROM branch WHERE (:all_branches = 1 OR id = :branch) AND name = :name");

        assertThatThrownBy(() -> ScopedQuery.of(report))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(":name");
    }

    @Test
    void every_known_report_filters_by_the_scope_and_its_view_is_in_the_views_changelog() throws Exception {
        String changelog = resource(ReportViews.CHANGELOG);
        for (Report report : Report.all()) {
            ScopedQuery.of(report);
            String view = "org/trainingcrm/analytics/reports/" + report.name() + "/view.xml";
            if (getClass().getClassLoader().getResource(view) != null) {
                assertThat(changelog).as(report.name())
                        .contains("<include file=\"" + report.name() + "/view.xml\" relativeToChangelogFile=\"true\"/>");
            }
        }
    }

    private static String resource(String path) throws Exception {
        try (InputStream in = ScopedQueryTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
