package org.trainingcrm.analytics.report;

import java.sql.JDBCType;
import java.util.Objects;

/**
 * One column of a report result: its label, its SQL type and the Java class its values have.
 *
 * @param name      the column label as written in the report's SQL
 * @param sqlType   the SQL type Calcite derived for the column
 * @param javaClass the class of every non-null value in the column, e.g. {@code Long.class}
 */
public record ReportColumn(String name, JDBCType sqlType, Class<?> javaClass) {

    /** Checks that every part is present. */
    public ReportColumn {
        Objects.requireNonNull(name, "column name");
        Objects.requireNonNull(sqlType, "column sql type");
        Objects.requireNonNull(javaClass, "column java class");
    }

    /** Whether the column holds numbers (counts or exact amounts). */
    public boolean isNumeric() {
        return Number.class.isAssignableFrom(javaClass);
    }

    /** Whether the column holds text. */
    public boolean isText() {
        return javaClass == String.class;
    }
}
