package org.trainingcrm.analytics.workbook;

import java.nio.file.Path;
import java.util.List;
import org.trainingcrm.analytics.report.ReportRow;
import org.trainingcrm.analytics.testing.Results;

/** A process that writes one workbook to the path given and says so: what else it prints is what a host would see. */
public final class WritesWorkbook {

    static final String WRITTEN = "workbook written";

    private WritesWorkbook() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        ReportWorkbook.write(Path.of(args[0]), List.of(Results.clientsPerManager(
                ReportRow.of("Ольга Смирнова", "Образование", 2L))));
        System.out.println(WRITTEN);
    }
}
