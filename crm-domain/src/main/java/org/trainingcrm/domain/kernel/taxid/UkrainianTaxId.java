package org.trainingcrm.domain.kernel.taxid;

import static org.trainingcrm.domain.kernel.taxid.TaxIdChecks.refuse;

import java.util.List;
import org.trainingcrm.domain.kernel.TaxIdKind;
import org.trainingcrm.domain.kernel.TaxIdRules;

/**
 * Ukrainian tax numbers: the EDRPOU code of an organisation (8 digits) and the RNOKPP of a person (10).
 */
public final class UkrainianTaxId implements TaxIdRules {

    private static final int[] EDRPOU_LOW_HIGH = {1, 2, 3, 4, 5, 6, 7};
    // codes from 30000000 to 59999999 were issued with the weights rotated
    private static final int[] EDRPOU_MIDDLE = {7, 1, 2, 3, 4, 5, 6};
    private static final int[] RNOKPP = {-1, 5, 7, 9, 4, 6, 10, 5, 7};

    @Override
    public TaxIdKind check(String normalised) {
        TaxIdChecks.requirePresent(normalised);
        TaxIdKind kind = switch (normalised.length()) {
            case 8 -> TaxIdKind.UA_EDRPOU;
            case 10 -> TaxIdKind.UA_IPN;
            default -> throw refuse(normalised,
                    "must be 8 digits (EDRPOU) or 10 digits (RNOKPP) long");
        };
        if (!TaxIdChecks.allDigits(normalised)) {
            throw refuse(normalised, "must contain digits only");
        }
        String body = normalised.substring(0, normalised.length() - 1);
        TaxIdChecks.requireSameCheck(normalised, withCheckCharacters(body));
        return kind;
    }

    @Override
    public String withCheckCharacters(String body) {
        TaxIdChecks.requirePresent(body);
        if (!TaxIdChecks.allDigits(body) || (body.length() != 7 && body.length() != 9)) {
            throw refuse(body, "a body must be 7 digits (EDRPOU) or 9 digits (RNOKPP)");
        }
        return body + (body.length() == 7 ? edrpouCheckDigit(body) : rnokppCheckDigit(body));
    }

    @Override
    public List<TaxIdKind> kinds() {
        return List.of(TaxIdKind.UA_EDRPOU, TaxIdKind.UA_IPN);
    }

    private static int edrpouCheckDigit(String body) {
        char first = body.charAt(0);
        int[] weights = first >= '3' && first <= '5' ? EDRPOU_MIDDLE : EDRPOU_LOW_HIGH;
        int remainder = TaxIdChecks.weightedSum(body, weights) % 11;
        if (remainder < 10) {
            return remainder;
        }
        // a remainder of 10 has no digit, so the law asks for a second pass with weights raised by 2
        int[] raised = new int[weights.length];
        for (int i = 0; i < weights.length; i++) {
            raised[i] = weights[i] + 2;
        }
        return TaxIdChecks.weightedSum(body, raised) % 11 % 10;
    }

    private static int rnokppCheckDigit(String body) {
        // the first weight is negative, so the sum can be below zero
        return Math.floorMod(TaxIdChecks.weightedSum(body, RNOKPP), 11) % 10;
    }
}
