package org.trainingcrm.analytics;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.JDBCType;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.trainingcrm.analytics.report.Report;
import org.trainingcrm.analytics.report.ReportColumn;
import org.trainingcrm.analytics.report.ReportResult;
import org.trainingcrm.analytics.report.ReportRow;

/** Turns a Calcite result set into a typed, detached {@link ReportResult}. */
final class ResultSetReader {

    private ResultSetReader() {
    }

    static ReportResult read(Report report, ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        int count = meta.getColumnCount();
        List<ReportColumn> columns = new ArrayList<>(count);
        for (int c = 1; c <= count; c++) {
            int type = meta.getColumnType(c);
            columns.add(new ReportColumn(meta.getColumnLabel(c), jdbcType(type), javaClass(type)));
        }
        List<ReportRow> rows = new ArrayList<>();
        while (rs.next()) {
            Object[] values = new Object[count];
            for (int c = 1; c <= count; c++) {
                values[c - 1] = value(rs, c, meta.getColumnType(c));
            }
            rows.add(ReportRow.of(values));
        }
        return new ReportResult(report, columns, rows);
    }

    private static JDBCType jdbcType(int type) {
        try {
            return JDBCType.valueOf(type);
        } catch (IllegalArgumentException vendorSpecific) {
            return JDBCType.OTHER;
        }
    }

    // Every integral width becomes Long so callers (charts, workbooks, tests) meet one class
    // for counts, whichever database or Calcite plan produced them.
    private static Class<?> javaClass(int type) {
        return switch (type) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> Long.class;
            case Types.DECIMAL, Types.NUMERIC -> BigDecimal.class;
            // approximate numbers stay approximate; money is DECIMAL in the schema, never these
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> Double.class;
            case Types.BOOLEAN, Types.BIT -> Boolean.class;
            case Types.DATE -> LocalDate.class;
            case Types.TIME -> LocalTime.class;
            case Types.TIMESTAMP -> LocalDateTime.class;
            // text, and anything without a better Java form, is shown as the driver renders it
            default -> String.class;
        };
    }

    private static Object value(ResultSet rs, int c, int type) throws SQLException {
        Object value = switch (type) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> rs.getLong(c);
            case Types.DECIMAL, Types.NUMERIC -> rs.getBigDecimal(c);
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> rs.getDouble(c);
            case Types.BOOLEAN, Types.BIT -> rs.getBoolean(c);
            case Types.DATE -> localDate(rs.getDate(c));
            case Types.TIME -> localTime(rs.getTime(c));
            case Types.TIMESTAMP -> localDateTime(rs.getTimestamp(c));
            default -> rs.getString(c);
        };
        // primitive getters answer 0 / false for NULL; wasNull tells the two apart
        return rs.wasNull() ? null : value;
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static LocalTime localTime(Time time) {
        return time == null ? null : time.toLocalTime();
    }

    private static LocalDateTime localDateTime(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime();
    }
}
