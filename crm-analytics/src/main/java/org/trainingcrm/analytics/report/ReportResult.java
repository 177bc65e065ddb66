package org.trainingcrm.analytics.report;

import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The immutable outcome of running a report: its columns and typed rows.
 *
 * @param report  the report that was run
 * @param columns the columns in select-list order
 * @param rows    the rows in the order the report's SQL gave them
 */
public record ReportResult(Report report, List<ReportColumn> columns, List<ReportRow> rows) {

    /** Checks that every row has one value per column and of that column's class. */
    public ReportResult {
        Objects.requireNonNull(report, "report");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (int r = 0; r < rows.size(); r++) {
            checkRow(report, columns, rows.get(r), r);
        }
    }

    /** The column names in select-list order. */
    public List<String> columnNames() {
        return columns.stream().map(ReportColumn::name).toList();
    }

    /** The position of the column with the given name, compared ignoring case. */
    public int columnIndex(String name) {
        return IntStream.range(0, columns.size())
                .filter(i -> columns.get(i).name().equalsIgnoreCase(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("report '" + report.name()
                        + "' has no column '" + name + "'; columns: " + columnNames()));
    }

    private static void checkRow(Report report, List<ReportColumn> columns, ReportRow row, int index) {
        if (row.size() != columns.size()) {
            throw new IllegalArgumentException("report '" + report.name() + "' row " + index + " has "
                    + row.size() + " values for " + columns.size() + " columns");
        }
        for (int c = 0; c < columns.size(); c++) {
            Object value = row.values().get(c);
            Class<?> expected = columns.get(c).javaClass();
            if (value != null && !expected.isInstance(value)) {
                throw new IllegalArgumentException("report '" + report.name() + "' row " + index
                        + " column '" + columns.get(c).name() + "' holds a "
                        + value.getClass().getSimpleName() + ", expected " + expected.getSimpleName());
            }
        }
    }
}
