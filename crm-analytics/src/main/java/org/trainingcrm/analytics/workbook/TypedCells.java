package org.trainingcrm.analytics.workbook;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Writes report values into cells of the matching kind (numbers, dates, booleans, text) with one
 * shared set of styles per workbook, and keeps text from ever being taken for a formula.
 */
final class TypedCells {

    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final double SECONDS_PER_DAY = 24 * 60 * 60;
    // at least the two places of an amount, more when the value has them
    private static final String DECIMAL_FORMAT = "#,##0.00########";

    private final CellStyle header;
    private final CellStyle quotedHeader;
    private final CellStyle text;
    private final CellStyle quotedText;
    private final CellStyle integer;
    private final CellStyle decimal;
    private final CellStyle date;
    private final CellStyle dateTime;
    private final CellStyle time;

    TypedCells(Workbook workbook) {
        DataFormat formats = workbook.createDataFormat();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        quotedHeader = quoted(workbook, header);
        text = workbook.createCellStyle();
        quotedText = quoted(workbook, text);
        integer = formatted(workbook, formats, "#,##0");
        decimal = formatted(workbook, formats, DECIMAL_FORMAT);
        date = formatted(workbook, formats, "yyyy-mm-dd");
        dateTime = formatted(workbook, formats, "yyyy-mm-dd hh:mm:ss");
        time = formatted(workbook, formats, "hh:mm:ss");
    }

    /** Writes a header label in bold and returns the text shown. */
    String header(Cell cell, String label) {
        cell.setCellValue(label);
        cell.setCellStyle(looksLikeFormula(label) ? quotedHeader : header);
        return label;
    }

    /** Writes a non-null value as the cell kind that fits its class and returns the text shown. */
    String value(Cell cell, Object value) {
        if (value instanceof String s) {
            String kept = s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT - 1) + "…" : s;
            cell.setCellValue(kept);
            cell.setCellStyle(looksLikeFormula(kept) ? quotedText : text);
            return kept;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            // Excel keeps every number as a double: exact up to 2^53, far beyond any count
            cell.setCellValue(((Number) value).doubleValue());
            cell.setCellStyle(integer);
            return String.format("%,d", ((Number) value).longValue());
        }
        if (value instanceof BigDecimal amount) {
            // the workbook can only hold a double; the exact amount stays in ReportResult
            cell.setCellValue(amount.doubleValue());
            cell.setCellStyle(decimal);
            return new DecimalFormat(DECIMAL_FORMAT).format(amount);
        }
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
            return number.toString();
        }
        if (value instanceof Boolean bool) {
            cell.setCellValue(bool);
            return bool ? "TRUE" : "FALSE";
        }
        if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(date);
            return "yyyy-mm-dd";
        }
        if (value instanceof LocalDateTime moment) {
            cell.setCellValue(moment);
            cell.setCellStyle(dateTime);
            return "yyyy-mm-dd hh:mm:ss";
        }
        if (value instanceof LocalTime clock) {
            // Excel times are fractions of a day
            cell.setCellValue(clock.toSecondOfDay() / SECONDS_PER_DAY);
            cell.setCellStyle(time);
            return clock.format(DateTimeFormatter.ISO_LOCAL_TIME);
        }
        return value(cell, value.toString());
    }

    /**
     * Whether a spreadsheet (or a CSV export of it) would run the text as a formula: it starts
     * with = + - or @, or with a tab or carriage return that some importers strip first.
     */
    static boolean looksLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    private static CellStyle quoted(Workbook workbook, CellStyle base) {
        CellStyle style = workbook.createCellStyle();
        style.cloneStyleFrom(base);
        style.setQuotePrefixed(true);
        return style;
    }

    private static CellStyle formatted(Workbook workbook, DataFormat formats, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(formats.getFormat(format));
        return style;
    }
}
