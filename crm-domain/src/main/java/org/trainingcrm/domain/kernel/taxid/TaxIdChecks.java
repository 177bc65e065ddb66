package org.trainingcrm.domain.kernel.taxid;

import org.trainingcrm.domain.kernel.InvalidValue;

/** The checks every country's rules share: presence, digits and weighted sums. */
final class TaxIdChecks {

    static final String FIELD = "taxId";
    static final String CHECKSUM_MISMATCH = "checksum does not match";

    private TaxIdChecks() {
    }

    static InvalidValue refuse(String value, String reason) {
        return new InvalidValue(FIELD, value, reason);
    }

    static void requirePresent(String value) {
        if (value == null || value.isEmpty()) {
            throw refuse(value, "is required");
        }
    }

    /** True when the characters from {@code from} (inclusive) to {@code to} are ASCII digits. */
    static boolean digitsBetween(String value, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            // Character.isDigit would let Arabic-Indic and full-width digits through
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    static boolean allDigits(String value) {
        return digitsBetween(value, 0, value.length());
    }

    /** The sum of the leading digits of {@code digits}, each times its weight. */
    static int weightedSum(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum;
    }

    static void requireSameCheck(String value, String expected) {
        if (!value.equals(expected)) {
            throw refuse(value, CHECKSUM_MISMATCH);
        }
    }
}
