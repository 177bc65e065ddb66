package org.trainingcrm.analytics.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.trainingcrm.analytics.chart.ReportCharts;
import org.trainingcrm.analytics.report.ReportResult;
import org.trainingcrm.analytics.report.ReportRow;

/**
 * Writes report results to an Excel workbook (.xlsx), one sheet per report: a bold, frozen,
 * filterable header, typed cells, and the report's chart to the right of the table.
 */
public final class ReportWorkbook {

    // rows kept in memory before the streaming workbook flushes them to a temporary file
    private static final int ROWS_IN_MEMORY = 200;
    private static final int MAX_DATA_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;

    private ReportWorkbook() {
    }

    /** Writes the results, one sheet each in the given order, to the target file and returns it. */
    public static Path write(Path target, List<ReportResult> results) {
        Objects.requireNonNull(target, "target");
        if (results.isEmpty()) {
            // Excel refuses to open a workbook without sheets
            throw new IllegalArgumentException("a workbook needs at least one report result");
        }
        // in POI 5.4 close() also deletes the streaming workbook's temporary files (dispose() is deprecated)
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            TypedCells cells = new TypedCells(workbook);
            SheetNames names = new SheetNames();
            for (ReportResult result : results) {
                writeSheet(workbook, cells, names.uniqueFor(result.report().title()), result);
            }
            save(workbook, target);
            return target;
        } catch (IOException closing) {
            throw new UncheckedIOException("cannot clean up after writing the workbook " + target, closing);
        }
    }

    private static void writeSheet(SXSSFWorkbook workbook, TypedCells cells, String name, ReportResult result) {
        if (result.rows().size() > MAX_DATA_ROWS) {
            throw new IllegalArgumentException("report '" + result.report().name() + "' has "
                    + result.rows().size() + " rows; a sheet holds at most " + MAX_DATA_ROWS);
        }
        SXSSFSheet sheet = workbook.createSheet(name);
        int columnCount = result.columns().size();
        ColumnWidths widths = new ColumnWidths(columnCount);

        Row header = sheet.createRow(0);
        for (int c = 0; c < columnCount; c++) {
            widths.see(c, cells.header(header.createCell(c), result.columns().get(c).name()));
        }
        int r = 1;
        for (ReportRow values : result.rows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < columnCount; c++) {
                Object value = values.values().get(c);
                if (value != null) {
                    widths.see(c, cells.value(row.createCell(c), value));
                }
            }
        }
        widths.applyTo(sheet);
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, result.rows().size(), 0, columnCount - 1));
        if (ReportCharts.canChart(result)) {
            // after the widths: the picture's size in cells is worked out from them
            placeChart(workbook, sheet, columnCount + 1, result);
        }
    }

    private static void placeChart(Workbook workbook, SXSSFSheet sheet, int column, ReportResult result) {
        byte[] png = ReportCharts.stackedBarPng(result, ReportCharts.DEFAULT_WIDTH, ReportCharts.DEFAULT_HEIGHT);
        int picture = workbook.addPicture(png, Workbook.PICTURE_TYPE_PNG);
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
        anchor.setCol1(column);
        anchor.setRow1(0);
        // the chart keeps its size when someone widens the table's columns or filters rows
        anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
        drawing.createPicture(anchor, picture).resize();
    }

    private static void save(SXSSFWorkbook workbook, Path target) {
        try {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                workbook.write(out);
            }
        } catch (IOException e) {
            // a truncated .xlsx would only fail later, in the reader's spreadsheet program
            deleteAfter(e, target);
            throw new UncheckedIOException("cannot write the workbook " + target, e);
        }
    }

    private static void deleteAfter(IOException failure, Path target) {
        try {
            Files.deleteIfExists(target);
        } catch (IOException deleting) {
            failure.addSuppressed(deleting);
        }
    }
}
