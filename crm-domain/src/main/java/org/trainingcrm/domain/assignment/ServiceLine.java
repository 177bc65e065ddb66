package org.trainingcrm.domain.assignment;

import java.util.Locale;
import java.util.regex.Pattern;
import org.trainingcrm.domain.kernel.InvalidValue;

/**
 * A line of the centre's services (open courses, corporate training, licences, ...); a client
 * has one responsible manager per line (C6). Codes are lower case, such as {@code courses}.
 */
public record ServiceLine(String code) {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9_-]{0,59}");

    public ServiceLine {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidValue("serviceLine", code,
                    "must be 1 to 60 lower-case letters, digits, '-' or '_', starting with a letter or digit");
        }
    }

    /** Reads a code typed in any case. */
    public static ServiceLine of(String code) {
        return new ServiceLine(code == null ? null : code.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return code;
    }
}
