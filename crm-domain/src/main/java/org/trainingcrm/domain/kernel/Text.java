package org.trainingcrm.domain.kernel;

/** Checks for free text fields: required or optional, trimmed, bounded in length. */
public final class Text {

    private Text() {
    }

    /** The trimmed text; refused when missing, blank or longer than max characters. */
    public static String required(String field, String raw, int max) {
        String text = optional(field, raw, max);
        if (text == null) {
            throw new InvalidValue(field, raw, "is required");
        }
        return text;
    }

    /** The trimmed text, or null when missing or blank; refused when longer than max. */
    public static String optional(String field, String raw, int max) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.strip();
        if (text.codePointCount(0, text.length()) > max) {
            throw new InvalidValue(field, raw, "is longer than " + max + " characters");
        }
        return text;
    }
}
