package org.trainingcrm.domain.kernel;

/**
 * The one check every text a person types goes through: no control characters.
 *
 * <p>Refused are the C0 and C1 controls (Unicode category Cc: NUL, TAB, CR, LF, ...), the format
 * characters (Cf), among them the bidirectional embeddings, overrides and isolates U+202A–U+202E
 * and U+2066–U+2069 that can make a name read backwards, the line and paragraph separators
 * U+2028 and U+2029, and unpaired surrogates, which no database encoding can store. Two format
 * characters stay allowed, since scripts and emoji need them inside words: the zero-width
 * non-joiner U+200C (Persian, Indic scripts) and the zero-width joiner U+200D (emoji sequences).
 */
public final class ControlCharacters {

    private static final int ZERO_WIDTH_NON_JOINER = 0x200C;
    private static final int ZERO_WIDTH_JOINER = 0x200D;

    private ControlCharacters() {
    }

    /**
     * The text unchanged when it holds no refused character; null passes.
     *
     * @throws InvalidValue under the field, naming the first refused character as {@code U+XXXX}
     *     and its position (counted in characters from 1)
     */
    public static String refuse(String field, String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0, position = 1; i < text.length(); position++) {
            int c = text.codePointAt(i);
            if (isRefused(c)) {
                throw new InvalidValue(field, text, "contains the control character " + codePoint(c)
                        + " at position " + position);
            }
            i += Character.charCount(c);
        }
        return text;
    }

    /** True for a character that {@link #refuse} refuses. */
    public static boolean isRefused(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL
                || (type == Character.FORMAT && c != ZERO_WIDTH_NON_JOINER && c != ZERO_WIDTH_JOINER)
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.SURROGATE;
    }

    /** The character as {@code U+000A}, the way refusals and messages show it. */
    public static String codePoint(int c) {
        return String.format("U+%04X", c);
    }
}
