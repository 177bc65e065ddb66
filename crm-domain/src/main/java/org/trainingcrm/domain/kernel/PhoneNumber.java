package org.trainingcrm.domain.kernel;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A telephone number that is valid for its region, kept in E.164 form such as {@code +74951234567}.
 *
 * <p>Extensions are refused rather than dropped, since E.164 has no place for them.
 */
public record PhoneNumber(String e164) {

    private static final String FIELD = "phone";
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{1,14}");

    /**
     * Accepts a number already in E.164 form; use {@link #parse} for what a person typed.
     *
     * @throws InvalidValue under the field {@code phone} if the text is not a valid E.164 number
     */
    public PhoneNumber {
        if (e164 == null || e164.isBlank()) {
            throw new InvalidValue(FIELD, e164, "is required");
        }
        if (!E164.matcher(e164).matches()) {
            throw new InvalidValue(FIELD, e164, "must be in E.164 form: + and up to 15 digits");
        }
        Phonenumber.PhoneNumber parsed = parseOrRefuse(e164, null);
        requireValid(e164, parsed);
        if (!UTIL.format(parsed, PhoneNumberFormat.E164).equals(e164)) {
            throw new InvalidValue(FIELD, e164, "is not in canonical E.164 form");
        }
    }

    /**
     * Reads a number in any human format; numbers without a country code are read in the default region.
     *
     * @param raw the number as typed, such as {@code "8 (495) 123-45-67"}
     * @param defaultRegion an ISO 3166-1 alpha-2 code such as {@code "RU"}, or null to require a "+"
     * @throws InvalidValue under the field {@code phone} if the text is not a valid number
     */
    public static PhoneNumber parse(String raw, String defaultRegion) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidValue(FIELD, raw, "is required");
        }
        Phonenumber.PhoneNumber parsed = parseOrRefuse(raw, defaultRegion);
        if (parsed.hasExtension()) {
            throw new InvalidValue(FIELD, raw, "extensions are not supported");
        }
        requireValid(raw, parsed);
        return new PhoneNumber(UTIL.format(parsed, PhoneNumberFormat.E164));
    }

    /**
     * The lenient search form of a number: E.164 when the text could be a number, otherwise empty.
     *
     * <p>Unlike {@link #parse}, numbers of a possible length are kept even when no carrier uses
     * them, so that a search still finds what was once stored.
     */
    public static Optional<String> searchForm(String raw, String defaultRegion) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            Phonenumber.PhoneNumber parsed = UTIL.parse(raw, defaultRegion);
            return UTIL.isPossibleNumber(parsed)
                    ? Optional.of(UTIL.format(parsed, PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException notANumber) {
            // searching for words is normal here, so an unreadable number simply has no phone form
            return Optional.empty();
        }
    }

    /** The number as written internationally, such as {@code +7 495 123-45-67}. */
    public String international() {
        return UTIL.format(parsed(), PhoneNumberFormat.INTERNATIONAL);
    }

    /** The ISO 3166-1 alpha-2 code of the region the number belongs to, such as {@code "KZ"}. */
    public String region() {
        return UTIL.getRegionCodeForNumber(parsed());
    }

    @Override
    public String toString() {
        return e164;
    }

    private Phonenumber.PhoneNumber parsed() {
        return parseOrRefuse(e164, null);
    }

    private static Phonenumber.PhoneNumber parseOrRefuse(String raw, String defaultRegion) {
        try {
            return UTIL.parse(raw, defaultRegion);
        } catch (NumberParseException e) {
            throw new InvalidValue(FIELD, raw, reasonFor(e.getErrorType()));
        }
    }

    private static String reasonFor(NumberParseException.ErrorType error) {
        return switch (error) {
            case INVALID_COUNTRY_CODE -> "has no known country code; start it with + and the code";
            case NOT_A_NUMBER -> "is not a phone number";
            case TOO_SHORT_AFTER_IDD, TOO_SHORT_NSN -> "is too short";
            case TOO_LONG -> "is too long";
        };
    }

    private static void requireValid(String raw, Phonenumber.PhoneNumber parsed) {
        if (UTIL.isValidNumber(parsed)) {
            return;
        }
        String region = UTIL.getRegionCodeForCountryCode(parsed.getCountryCode());
        String reason = switch (UTIL.isPossibleNumberWithReason(parsed)) {
            case TOO_SHORT -> "is too short for " + region;
            case TOO_LONG -> "is too long for " + region;
            case INVALID_LENGTH -> "has the wrong number of digits for " + region;
            case INVALID_COUNTRY_CODE -> "has an unknown country code";
            default -> "is not a valid number in " + region;
        };
        throw new InvalidValue(FIELD, raw, reason);
    }
}
