package org.trainingcrm.domain.kernel.taxid;

import static org.trainingcrm.domain.kernel.taxid.TaxIdChecks.refuse;

import java.util.List;
import org.trainingcrm.domain.kernel.TaxIdKind;
import org.trainingcrm.domain.kernel.TaxIdRules;

/**
 * Spanish tax numbers (NIF), 9 characters: a citizen's DNI number, a foreigner's NIE, or an
 * organisation's number (formerly CIF).
 *
 * <p>An organisation's control character is a letter for types N, P, Q, R, S and W, a digit for
 * types A, B, E and H, and either for the other types (Orden EHA/451/2008).
 */
public final class SpanishTaxId implements TaxIdRules {

    private static final int LENGTH = 9;
    private static final String PERSON_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";
    private static final String NIE_PREFIXES = "XYZ";
    private static final String ORGANISATION_TYPES = "ABCDEFGHJNPQRSUVW";
    private static final String LETTER_CONTROL_TYPES = "NPQRSW";
    private static final String DIGIT_CONTROL_TYPES = "ABEH";
    private static final String ORGANISATION_LETTERS = "JABCDEFGHI";

    @Override
    public TaxIdKind check(String normalised) {
        TaxIdChecks.requirePresent(normalised);
        if (normalised.length() != LENGTH) {
            throw refuse(normalised, "must be 9 characters long");
        }
        String body = normalised.substring(0, LENGTH - 1);
        char control = normalised.charAt(LENGTH - 1);
        TaxIdKind kind = kindOf(normalised, body);
        if (kind != TaxIdKind.ES_CIF) {
            if (control < 'A' || control > 'Z') {
                throw refuse(normalised, "must end with a control letter");
            }
            TaxIdChecks.requireSameCheck(normalised, withCheckCharacters(body));
            return kind;
        }
        checkOrganisationControl(normalised, body, control);
        return kind;
    }

    @Override
    public String withCheckCharacters(String body) {
        TaxIdChecks.requirePresent(body);
        if (body.length() != LENGTH - 1) {
            throw refuse(body, "a body must be 8 characters");
        }
        TaxIdKind kind = kindOf(body, body);
        return switch (kind) {
            case ES_NIF -> body + personLetter(body);
            case ES_NIE -> body + personLetter(NIE_PREFIXES.indexOf(body.charAt(0)) + body.substring(1));
            default -> {
                int digit = organisationDigit(body);
                // types that accept either get the digit, the form most of them use
                boolean letter = LETTER_CONTROL_TYPES.indexOf(body.charAt(0)) >= 0;
                yield body + (letter ? String.valueOf(ORGANISATION_LETTERS.charAt(digit)) : String.valueOf(digit));
            }
        };
    }

    @Override
    public List<TaxIdKind> kinds() {
        return List.of(TaxIdKind.ES_NIF, TaxIdKind.ES_NIE, TaxIdKind.ES_CIF);
    }

    /** Tells the kind from the first character of the 8-character body, checking its digits. */
    private static TaxIdKind kindOf(String value, String body) {
        char first = body.charAt(0);
        if (first >= '0' && first <= '9') {
            if (!TaxIdChecks.allDigits(body)) {
                throw refuse(value, "a DNI number must be 8 digits and a letter");
            }
            return TaxIdKind.ES_NIF;
        }
        if (!TaxIdChecks.digitsBetween(body, 1, body.length())) {
            throw refuse(value, "must have 7 digits after the first letter");
        }
        if (NIE_PREFIXES.indexOf(first) >= 0) {
            return TaxIdKind.ES_NIE;
        }
        if (ORGANISATION_TYPES.indexOf(first) >= 0) {
            return TaxIdKind.ES_CIF;
        }
        throw refuse(value, "must start with a digit, X, Y, Z or an organisation type letter");
    }

    private static void checkOrganisationControl(String value, String body, char control) {
        char type = body.charAt(0);
        boolean isDigit = control >= '0' && control <= '9';
        if (isDigit && LETTER_CONTROL_TYPES.indexOf(type) >= 0) {
            throw refuse(value, "organisations of type " + type + " end with a control letter");
        }
        if (!isDigit && DIGIT_CONTROL_TYPES.indexOf(type) >= 0) {
            throw refuse(value, "organisations of type " + type + " end with a control digit");
        }
        int digit = organisationDigit(body);
        char expected = isDigit ? (char) ('0' + digit) : ORGANISATION_LETTERS.charAt(digit);
        if (control != expected) {
            throw refuse(value, TaxIdChecks.CHECKSUM_MISMATCH);
        }
    }

    private static char personLetter(String digits) {
        return PERSON_LETTERS.charAt(Integer.parseInt(digits) % 23);
    }

    /** The control value 0 to 9 of the 7 digits after the type letter. */
    private static int organisationDigit(String body) {
        int sum = 0;
        for (int i = 1; i < LENGTH - 1; i++) {
            int digit = body.charAt(i) - '0';
            // counted from 1, odd positions are doubled and their digits added (as in Luhn)
            if (i % 2 == 1) {
                int doubled = digit * 2;
                sum += doubled / 10 + doubled % 10;
            } else {
                sum += digit;
            }
        }
        return (10 - sum % 10) % 10;
    }
}
