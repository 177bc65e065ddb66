package org.trainingcrm.analytics.workbook;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.ss.util.WorkbookUtil;

/** Hands out sheet names Excel accepts: at most 31 characters, none of []:*?/\, unique ignoring case. */
final class SheetNames {

    private static final int MAX_LENGTH = 31;

    // Excel compares sheet names without regard to case, so the bookkeeping does too
    private final Set<String> taken = new HashSet<>();

    String uniqueFor(String title) {
        String base = WorkbookUtil.createSafeSheetName(title.strip(), '_');
        // createSafeSheetName replaces inner apostrophes, but Excel also refuses them at either end
        base = stripApostrophes(base);
        if (base.isEmpty()) {
            base = "Report";
        }
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), MAX_LENGTH - suffix.length())).strip() + suffix;
        }
        return name;
    }

    private static String stripApostrophes(String name) {
        int start = 0;
        int end = name.length();
        while (start < end && name.charAt(start) == '\'') {
            start++;
        }
        while (end > start && name.charAt(end - 1) == '\'') {
            end--;
        }
        return name.substring(start, end).strip();
    }
}
