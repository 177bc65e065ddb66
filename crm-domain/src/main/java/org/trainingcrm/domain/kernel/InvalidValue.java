package org.trainingcrm.domain.kernel;

/**
 * A value given for a field was refused; names the field, the value and why.
 *
 * <p>The message shows the value cut to its first {@value #SHOWN_LENGTH} characters (then "…"
 * and the whole length), with control characters written as {@code U+XXXX}: a refused megabyte
 * or a line feed never reaches a log whole. {@link #value()} keeps the value as given.
 */
public final class InvalidValue extends CrmException {

    /** How many characters of a refused value its message shows. */
    public static final int SHOWN_LENGTH = 64;

    private final String field;
    private final String value;
    private final String reason;

    public InvalidValue(String field, Object value, String reason) {
        super(field + ": " + reason + " (was " + quoted(value) + ")");
        this.field = field;
        this.value = value == null ? null : value.toString();
        this.reason = reason;
    }

    /** The dotted name of the refused field, such as {@code client.taxId}. */
    public String field() {
        return field;
    }

    /** The refused value as text, or null when the value was missing. */
    public String value() {
        return value;
    }

    public String reason() {
        return reason;
    }

    /** The same refusal reported under the field of an enclosing object. */
    public InvalidValue under(String prefix) {
        return new InvalidValue(prefix + "." + field, value, reason);
    }

    /** The same refusal reported under another field name. */
    public InvalidValue as(String otherField) {
        return new InvalidValue(otherField, value, reason);
    }

    private static String quoted(Object value) {
        if (value == null) {
            return "nothing";
        }
        String text = value.toString();
        StringBuilder out = new StringBuilder("'");
        int i = 0;
        for (int shown = 0; i < text.length() && shown < SHOWN_LENGTH; shown++) {
            int c = text.codePointAt(i);
            if (ControlCharacters.isRefused(c)) {
                out.append(ControlCharacters.codePoint(c));
            } else {
                out.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        if (i < text.length()) {
            out.append("…' (").append(text.codePointCount(0, text.length())).append(" characters)");
        } else {
            out.append('\'');
        }
        return out.toString();
    }
}
