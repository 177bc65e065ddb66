package org.trainingcrm.analytics.report;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * One row of a report result: typed values in column order; SQL NULL stays empty.
 */
public final class ReportRow {

    private final List<Object> values;

    private ReportRow(Object[] values) {
        // List.copyOf refuses nulls, and SQL NULL is a legitimate cell; keep a private copy instead
        this.values = Collections.unmodifiableList(Arrays.asList(values.clone()));
    }

    /** A row of the given values in column order; {@code null} stands for SQL NULL. */
    public static ReportRow of(Object... values) {
        return new ReportRow(values);
    }

    /** The values in column order, unmodifiable; SQL NULL appears as {@code null}. */
    public List<Object> values() {
        return values;
    }

    /** The value in the given column, empty for SQL NULL. */
    public Optional<Object> value(int column) {
        return Optional.ofNullable(values.get(column));
    }

    /** The number of values. */
    public int size() {
        return values.size();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReportRow row && values.equals(row.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
