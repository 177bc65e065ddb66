package org.trainingcrm.domain.kernel;

/** A value given for a field was refused; names the field, the value and why. */
public final class InvalidValue extends CrmException {

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
        return value == null ? "nothing" : "'" + value + "'";
    }
}
