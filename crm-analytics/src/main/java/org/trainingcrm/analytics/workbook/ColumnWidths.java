package org.trainingcrm.analytics.workbook;

import org.apache.poi.ss.usermodel.Sheet;

/**
 * Sizes columns from the text they show, counted as the table is written.
 *
 * <p>POI's autoSizeColumn measures with AWT fonts, needs every row kept in memory (the streaming
 * workbook flushes them) and is slow on big sheets; counting characters is good enough and
 * works on any JVM.
 */
final class ColumnWidths {

    private static final int MIN_CHARS = 6;
    private static final int MAX_CHARS = 60;
    // the filter drop-down button covers the last two characters of a header
    private static final int PADDING_CHARS = 3;

    private final int[] widest;

    ColumnWidths(int columns) {
        this.widest = new int[columns];
    }

    void see(int column, String shown) {
        widest[column] = Math.max(widest[column], displayWidth(shown));
    }

    void applyTo(Sheet sheet) {
        for (int c = 0; c < widest.length; c++) {
            int chars = Math.min(MAX_CHARS, Math.max(MIN_CHARS, widest[c] + PADDING_CHARS));
            // Excel measures column width in 1/256 of a character
            sheet.setColumnWidth(c, chars * 256);
        }
    }

    // Han, kana and Hangul glyphs are about twice as wide as Latin or Cyrillic letters
    static int displayWidth(String text) {
        return text.codePoints().map(cp -> isWide(cp) ? 2 : 1).sum();
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)
                || (cp >= 0x2E80 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || cp >= 0x20000;
    }
}
