package org.trainingcrm.analytics.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trainingcrm.persistence.ChildJvm;

/**
 * POI logs through the Log4j API, which without a provider prints "could not find a logging
 * provider" to standard error once per process: so the check runs in a fresh process.
 */
class WorkbookLoggingTest {

    @Test
    void writing_a_workbook_prints_nothing_from_the_log4j_api(@TempDir Path folder) throws Exception {
        Path workbook = folder.resolve("report.xlsx");
        try (ChildJvm child = ChildJvm.start(WritesWorkbook.class, workbook.toString())) {
            child.awaitLine(WritesWorkbook.WRITTEN, Duration.ofSeconds(120));
            assertThat(child.awaitExit(Duration.ofSeconds(30))).isZero();
            // what the host's SLF4J binding prints is the host's; the Log4j API's own status log is not
            assertThat(child.output()).contains(WritesWorkbook.WRITTEN)
                    .noneSatisfy(line -> assertThat(line).containsAnyOf("Log4j", "StatusLogger", "logging provider"));
        }
        assertThat(workbook).isNotEmptyFile();
    }
}
