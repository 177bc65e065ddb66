package org.trainingcrm.domain.kernel;

import java.net.IDN;
import java.util.Locale;

/**
 * An e-mail address of the everyday shape {@code local@domain.tld}, with the domain in lower case.
 *
 * <p>Unicode letters are welcome in both parts ({@code иван@пример.рф}); quoted local parts and
 * IP-address domains are refused, since people never type them into a CRM on purpose.
 */
public record Email(String value) {

    private static final String FIELD = "email";
    private static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_LENGTH = 64;
    private static final int MAX_LABEL_LENGTH = 63;
    private static final String LOCAL_SPECIALS = "!#$%&'*+-/=?^_`{|}~.";

    /**
     * Accepts an address already in canonical form; use {@link #parse} for what a person typed.
     *
     * @throws InvalidValue under the field {@code email} if the address has a wrong shape
     *     or its domain is not in lower case
     */
    public Email {
        if (value == null || value.isBlank()) {
            throw new InvalidValue(FIELD, value, "is required");
        }
        requireShape(value);
        String domain = value.substring(value.indexOf('@') + 1);
        if (!domain.equals(domain.toLowerCase(Locale.ROOT))) {
            throw new InvalidValue(FIELD, value, "the domain must be in lower case");
        }
    }

    /**
     * Reads an address as typed: trims it, checks its shape and lower-cases the domain.
     *
     * <p>The local part keeps its case, since the receiving server may tell cases apart.
     *
     * @throws InvalidValue under the field {@code email} if the address is blank or has a wrong shape
     */
    public static Email parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidValue(FIELD, raw, "is required");
        }
        String trimmed = raw.strip();
        requireShape(trimmed);
        int at = trimmed.indexOf('@');
        return new Email(trimmed.substring(0, at + 1) + trimmed.substring(at + 1).toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }

    private static void requireShape(String address) {
        if (address.length() > MAX_LENGTH) {
            throw new InvalidValue(FIELD, address, "must be at most 254 characters long");
        }
        int at = address.indexOf('@');
        if (at < 0 || at != address.lastIndexOf('@')) {
            throw new InvalidValue(FIELD, address, "must contain exactly one @");
        }
        requireLocalPart(address, address.substring(0, at));
        requireDomain(address, address.substring(at + 1));
    }

    private static void requireLocalPart(String address, String local) {
        if (local.isEmpty() || local.length() > MAX_LOCAL_LENGTH) {
            throw new InvalidValue(FIELD, address, "the part before @ must be 1 to 64 characters long");
        }
        if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            throw new InvalidValue(FIELD, address, "the part before @ has a misplaced dot");
        }
        boolean fine = local.codePoints().allMatch(c -> Character.isLetterOrDigit(c)
                || isMark(c) || (c < 128 && LOCAL_SPECIALS.indexOf(c) >= 0));
        if (!fine) {
            throw new InvalidValue(FIELD, address, "the part before @ contains a space or a character not allowed");
        }
    }

    private static void requireDomain(String address, String domain) {
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            throw new InvalidValue(FIELD, address, "the domain must have a name and a top-level part, like example.com");
        }
        for (String label : labels) {
            boolean fine = !label.isEmpty() && !label.startsWith("-") && !label.endsWith("-")
                    && label.codePoints().allMatch(c -> c == '-' || Character.isLetterOrDigit(c) || isMark(c));
            if (!fine) {
                throw new InvalidValue(FIELD, address, "the domain has an invalid part '" + label + "'");
            }
            if (label.length() > MAX_LABEL_LENGTH) {
                throw new InvalidValue(FIELD, address, "a part of the domain is longer than 63 characters");
            }
        }
        if (labels[labels.length - 1].chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidValue(FIELD, address, "the top-level domain cannot be a number");
        }
        requireEncodable(address, domain);
    }

    /** An internationalised domain must still be a valid name once written in ASCII (punycode). */
    private static void requireEncodable(String address, String domain) {
        try {
            IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES);
        } catch (IllegalArgumentException notEncodable) {
            throw new InvalidValue(FIELD, address,
                    "the domain is not a valid name once encoded for DNS (a part may be too long)");
        }
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }
}
