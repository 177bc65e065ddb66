package org.trainingcrm.analytics.chart;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Picks a font family that can draw every label of a chart: Latin, Cyrillic and CJK names alike. */
final class ChartFonts {

    // The JDK's logical families come first: on every platform they are composites that fall back
    // to whatever installed fonts cover a script, so they usually cover everything. The named ones
    // are the common CJK-capable fonts of Linux, Windows and macOS, for JDKs whose logical-font
    // configuration misses them.
    private static final List<String> PREFERRED = List.of(
            "SansSerif", "Dialog",
            "Noto Sans CJK SC", "Noto Sans CJK JP", "Source Han Sans SC", "WenQuanYi Zen Hei",
            "Droid Sans Fallback", "Microsoft YaHei", "Yu Gothic", "Malgun Gothic",
            "PingFang SC", "Hiragino Sans", "Arial Unicode MS");

    static final String FALLBACK = Font.SANS_SERIF;

    private ChartFonts() {
    }

    /** The first family that displays all texts; SansSerif when none does or fonts cannot be listed. */
    static String familyFor(Collection<String> texts) {
        String sample = String.join("", new LinkedHashSet<>(texts));
        try {
            Set<String> installed = new LinkedHashSet<>(Arrays.asList(
                    GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()));
            return Stream.concat(PREFERRED.stream().filter(installed::contains), installed.stream())
                    .filter(family -> new Font(family, Font.PLAIN, 12).canDisplayUpTo(sample) == -1)
                    .findFirst()
                    .orElse(FALLBACK);
        } catch (RuntimeException | LinkageError noFontConfiguration) {
            // A server JDK without fontconfig may fail to list fonts; a chart with some boxes
            // for missing glyphs beats no workbook at all.
            return FALLBACK;
        }
    }
}
