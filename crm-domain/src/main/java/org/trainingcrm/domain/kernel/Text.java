package org.trainingcrm.domain.kernel;

/**
 * Checks for free text fields: required or optional, trimmed, bounded in length, and without
 * control characters ({@link ControlCharacters}); spaces, tabs and line breaks around the text
 * are trimmed, inside it they are refused.
 */
public final class Text {

    private Text() {
    }

    /** The trimmed text; refused when missing, blank, longer than max characters or holding a control character. */
    public static String required(String field, String raw, int max) {
        String text = optional(field, raw, max);
        if (text == null) {
            throw new InvalidValue(field, raw, "is required");
        }
        return text;
    }

    /** The trimmed text, or null when missing or blank; refused when longer than max or holding a control character. */
    public static String optional(String field, String raw, int max) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = ControlCharacters.refuse(field, raw.strip());
        if (text.codePointCount(0, text.length()) > max) {
            throw new InvalidValue(field, raw, "is longer than " + max + " characters");
        }
        return text;
    }
}
