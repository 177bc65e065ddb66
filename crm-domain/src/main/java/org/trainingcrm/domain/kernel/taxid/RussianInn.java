package org.trainingcrm.domain.kernel.taxid;

import static org.trainingcrm.domain.kernel.taxid.TaxIdChecks.refuse;

import java.util.List;
import org.trainingcrm.domain.kernel.TaxIdKind;
import org.trainingcrm.domain.kernel.TaxIdRules;

/**
 * The Russian INN: 10 digits with one check digit for an organisation, 12 digits with two for a person.
 */
public final class RussianInn implements TaxIdRules {

    private static final int[] ORGANISATION = {2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] PERSON_FIRST = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] PERSON_SECOND = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};

    @Override
    public TaxIdKind check(String normalised) {
        TaxIdChecks.requirePresent(normalised);
        TaxIdKind kind = switch (normalised.length()) {
            case 10 -> TaxIdKind.RU_INN_LEGAL;
            case 12 -> TaxIdKind.RU_INN_PERSON;
            default -> throw refuse(normalised,
                    "must be 10 digits (organisation) or 12 digits (person) long");
        };
        if (!TaxIdChecks.allDigits(normalised)) {
            throw refuse(normalised, "must contain digits only");
        }
        int checkDigits = kind == TaxIdKind.RU_INN_LEGAL ? 1 : 2;
        String body = normalised.substring(0, normalised.length() - checkDigits);
        TaxIdChecks.requireSameCheck(normalised, withCheckCharacters(body));
        return kind;
    }

    @Override
    public String withCheckCharacters(String body) {
        TaxIdChecks.requirePresent(body);
        if (!TaxIdChecks.allDigits(body) || (body.length() != 9 && body.length() != 10)) {
            throw refuse(body, "a body must be 9 digits (organisation) or 10 digits (person)");
        }
        if (body.length() == 9) {
            return body + checkDigit(body, ORGANISATION);
        }
        String first = body + checkDigit(body, PERSON_FIRST);
        return first + checkDigit(first, PERSON_SECOND);
    }

    @Override
    public List<TaxIdKind> kinds() {
        return List.of(TaxIdKind.RU_INN_LEGAL, TaxIdKind.RU_INN_PERSON);
    }

    private static int checkDigit(String digits, int[] weights) {
        return TaxIdChecks.weightedSum(digits, weights) % 11 % 10;
    }
}
