package org.trainingcrm.analytics.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.JDBCType;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trainingcrm.analytics.report.Report;
import org.trainingcrm.analytics.report.ReportColumn;
import org.trainingcrm.analytics.report.ReportResult;
import org.trainingcrm.analytics.report.ReportRow;
import org.trainingcrm.analytics.testing.Results;

class ReportWorkbookTest {

    @TempDir
    Path folder;

    @BeforeAll
    static void draw_without_a_screen() {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void writes_a_filterable_table_with_a_frozen_bold_header_and_the_chart_beside_it() throws Exception {
        ReportResult result = Results.clientsPerManager(
                ReportRow.of("Zoë Dupré", "Banque & Crédit", 1L),
                ReportRow.of("Ольга Смирнова", "Образование", 2L),
                ReportRow.of("王伟", "製造業", 1L));

        Path written = ReportWorkbook.write(folder.resolve("clients.xlsx"), List.of(result));

        try (XSSFWorkbook workbook = new XSSFWorkbook(written.toFile())) {
            XSSFSheet sheet = workbook.getSheet("Clients per manager by industry");
            assertThat(sheet).isNotNull();
            List<Cell> header = List.of(sheet.getRow(0).getCell(0), sheet.getRow(0).getCell(1),
                    sheet.getRow(0).getCell(2));
            assertThat(header).extracting(Cell::getStringCellValue).containsExactly("manager", "industry", "clients");
            assertThat(header).allSatisfy(cell ->
                    assertThat(workbook.getFontAt(cell.getCellStyle().getFontIndex()).getBold()).isTrue());
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Ольга Смирнова");
            assertThat(sheet.getRow(2).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(2.0);

            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:C4");
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 0);
            assertThat(sheet.getColumnWidth(0)).isGreaterThan(sheet.getColumnWidth(2));

            List<XSSFPicture> pictures = sheet.getDrawingPatriarch().getShapes().stream()
                    .filter(XSSFPicture.class::isInstance).map(XSSFPicture.class::cast).toList();
            assertThat(pictures).hasSize(1);
            assertThat(pictures.get(0).getClientAnchor().getCol1()).isGreaterThanOrEqualTo((short) 3);
            assertThat(pictures.get(0).getPictureData().getMimeType()).isEqualTo("image/png");
        }
    }

    @Test
    void keeps_text_that_looks_like_a_formula_as_quote_prefixed_text() throws Exception {
        ReportResult result = Results.clientsPerManager(
                ReportRow.of("=HYPERLINK(\"x\")", "Banque & Crédit", 1L),
                ReportRow.of("+1", "@SUM(A1)", 2L),
                ReportRow.of("Ольга Смирнова", "\tОбразование", 3L));

        Path written = ReportWorkbook.write(folder.resolve("injection.xlsx"), List.of(result));

        try (XSSFWorkbook workbook = new XSSFWorkbook(written.toFile())) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertQuotedText(sheet.getRow(1).getCell(0), "=HYPERLINK(\"x\")");
            assertQuotedText(sheet.getRow(2).getCell(0), "+1");
            assertQuotedText(sheet.getRow(2).getCell(1), "@SUM(A1)");
            assertQuotedText(sheet.getRow(3).getCell(1), "\tОбразование");
            assertThat(sheet.getRow(3).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    @Test
    void writes_dates_as_date_cells_under_valid_distinct_sheet_names() throws Exception {
        Report report = Report.fromText("sign-ups", "-- Sign-ups: [draft] per day / branch?\nSELECT 1");
        ReportResult result = new ReportResult(report,
                List.of(new ReportColumn("day", JDBCType.DATE, LocalDate.class),
                        new ReportColumn("paid", JDBCType.DECIMAL, BigDecimal.class),
                        new ReportColumn("note", JDBCType.VARCHAR, String.class)),
                List.of(ReportRow.of(LocalDate.of(2025, 3, 8), new BigDecimal("1250.50"), "-5 % discount"),
                        ReportRow.of(LocalDate.of(2025, 3, 9), null, null)));

        Path written = ReportWorkbook.write(folder.resolve("dates.xlsx"), List.of(result, result));

        try (XSSFWorkbook workbook = new XSSFWorkbook(written.toFile())) {
            String first = workbook.getSheetName(0);
            String second = workbook.getSheetName(1);
            assertThat(List.of(first, second)).allSatisfy(name ->
                    assertThat(name).hasSizeLessThanOrEqualTo(31)
                            .doesNotContain("[", "]", ":", "*", "?", "/", "\\"));
            assertThat(first).isNotEqualToIgnoringCase(second);

            XSSFSheet sheet = workbook.getSheetAt(0);
            Cell day = sheet.getRow(1).getCell(0);
            assertThat(day.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(day)).isTrue();
            assertThat(day.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 3, 8));
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(1250.50);
            assertQuotedText(sheet.getRow(1).getCell(2), "-5 % discount");
            assertThat(sheet.getRow(2).getCell(1)).isNull();
            assertThat(sheet.getDrawingPatriarch()).isNull();
        }
    }

    private static void assertQuotedText(Cell cell, String text) {
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).isEqualTo(text);
        assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
    }
}
