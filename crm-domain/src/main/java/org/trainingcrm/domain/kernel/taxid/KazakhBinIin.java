package org.trainingcrm.domain.kernel.taxid;

import static org.trainingcrm.domain.kernel.taxid.TaxIdChecks.refuse;

import java.util.List;
import org.trainingcrm.domain.kernel.TaxIdKind;
import org.trainingcrm.domain.kernel.TaxIdRules;

/**
 * Kazakh identification numbers: the BIN of an organisation and the IIN of a person, 12 digits each.
 *
 * <p>Both start with a year and month; the fifth digit tells them apart: 4, 5 or 6 is a BIN
 * (resident, non-resident, joint venture), 0 to 3 is the tens of an IIN's day of birth.
 */
public final class KazakhBinIin implements TaxIdRules {

    private static final int LENGTH = 12;
    private static final int[] FIRST_PASS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] SECOND_PASS = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};
    private static final int NO_CHECK_DIGIT = -1;

    @Override
    public TaxIdKind check(String normalised) {
        TaxIdChecks.requirePresent(normalised);
        if (normalised.length() != LENGTH) {
            throw refuse(normalised, "must be 12 digits long");
        }
        TaxIdKind kind = kindOf(normalised);
        int expected = checkDigit(normalised);
        if (expected == NO_CHECK_DIGIT || expected != normalised.charAt(LENGTH - 1) - '0') {
            throw refuse(normalised, TaxIdChecks.CHECKSUM_MISMATCH);
        }
        return kind;
    }

    @Override
    public String withCheckCharacters(String body) {
        TaxIdChecks.requirePresent(body);
        if (body.length() != LENGTH - 1) {
            throw refuse(body, "a body must be 11 digits");
        }
        kindOf(body);
        int digit = checkDigit(body);
        if (digit == NO_CHECK_DIGIT) {
            throw refuse(body, "no check digit exists for this body; such numbers are never issued");
        }
        return body + digit;
    }

    @Override
    public List<TaxIdKind> kinds() {
        return List.of(TaxIdKind.KZ_BIN, TaxIdKind.KZ_IIN);
    }

    /** Tells the kind from the leading digits, refusing characters and a month that cannot be. */
    private static TaxIdKind kindOf(String digits) {
        if (!TaxIdChecks.allDigits(digits)) {
            throw refuse(digits, "must contain digits only");
        }
        int month = Integer.parseInt(digits.substring(2, 4));
        if (month < 1 || month > 12) {
            throw refuse(digits, "digits 3 and 4 must be a month from 01 to 12");
        }
        char fifth = digits.charAt(4);
        if (fifth >= '4' && fifth <= '6') {
            return TaxIdKind.KZ_BIN;
        }
        if (fifth <= '3') {
            return TaxIdKind.KZ_IIN;
        }
        throw refuse(digits, "the fifth digit must be 0 to 3 (IIN) or 4 to 6 (BIN)");
    }

    private static int checkDigit(String digits) {
        int remainder = TaxIdChecks.weightedSum(digits, FIRST_PASS) % 11;
        if (remainder == 10) {
            remainder = TaxIdChecks.weightedSum(digits, SECOND_PASS) % 11;
        }
        return remainder == 10 ? NO_CHECK_DIGIT : remainder;
    }
}
