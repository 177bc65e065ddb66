package org.trainingcrm.domain.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Checks every field of one input and reports all refusals together, each under its field. */
public final class Validation {

    private final String prefix;
    private final List<InvalidValue> refusals = new ArrayList<>();

    private Validation(String prefix) {
        this.prefix = prefix;
    }

    /** Starts checking the fields of an input named, for example, {@code client}. */
    public static Validation of(String prefix) {
        return new Validation(prefix);
    }

    /** Parses one field; a refusal is kept under {@code prefix.field} and null returned. */
    public <T> T field(String field, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidValue refused) {
            refusals.add(refused.as(prefix + "." + field));
            return null;
        }
    }

    /** Records a refusal found by the caller. */
    public void refuse(String field, Object value, String reason) {
        refusals.add(new InvalidValue(prefix + "." + field, value, reason));
    }

    /** Throws the single refusal, or all of them, if any field was refused. */
    public void throwIfInvalid() {
        if (refusals.size() == 1) {
            throw refusals.get(0);
        }
        if (!refusals.isEmpty()) {
            throw new InvalidValues(refusals);
        }
    }
}
