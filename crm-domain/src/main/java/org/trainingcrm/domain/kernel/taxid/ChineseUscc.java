package org.trainingcrm.domain.kernel.taxid;

import static org.trainingcrm.domain.kernel.taxid.TaxIdChecks.refuse;

import java.util.List;
import org.trainingcrm.domain.kernel.TaxIdKind;
import org.trainingcrm.domain.kernel.TaxIdRules;

/**
 * The Chinese Unified Social Credit Code (统一社会信用代码, GB 32100-2015): 18 characters.
 *
 * <p>Characters come from digits and capital letters without I, O, Z, S and V; characters 3 to 8
 * are the region code (digits); the last is a check character computed modulo 31.
 */
public final class ChineseUscc implements TaxIdRules {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int LENGTH = 18;

    @Override
    public TaxIdKind check(String normalised) {
        TaxIdChecks.requirePresent(normalised);
        if (normalised.length() != LENGTH) {
            throw refuse(normalised, "must be 18 characters long");
        }
        String body = normalised.substring(0, LENGTH - 1);
        requireShape(normalised, body);
        if (ALPHABET.indexOf(normalised.charAt(LENGTH - 1)) < 0) {
            throw refuse(normalised, "may contain only digits and capital letters other than I, O, Z, S, V");
        }
        TaxIdChecks.requireSameCheck(normalised, withCheckCharacters(body));
        return TaxIdKind.CN_USCC;
    }

    @Override
    public String withCheckCharacters(String body) {
        TaxIdChecks.requirePresent(body);
        if (body.length() != LENGTH - 1) {
            throw refuse(body, "a body must be 17 characters");
        }
        requireShape(body, body);
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += ALPHABET.indexOf(body.charAt(i)) * WEIGHTS[i];
        }
        return body + ALPHABET.charAt((31 - sum % 31) % 31);
    }

    @Override
    public List<TaxIdKind> kinds() {
        return List.of(TaxIdKind.CN_USCC);
    }

    private static void requireShape(String value, String body) {
        for (int i = 0; i < body.length(); i++) {
            if (ALPHABET.indexOf(body.charAt(i)) < 0) {
                throw refuse(value, "may contain only digits and capital letters other than I, O, Z, S, V");
            }
        }
        if (!TaxIdChecks.digitsBetween(body, 2, 8)) {
            throw refuse(value, "characters 3 to 8 must be digits (the region code)");
        }
    }
}
