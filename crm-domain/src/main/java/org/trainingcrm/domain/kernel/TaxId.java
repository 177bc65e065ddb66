package org.trainingcrm.domain.kernel;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A tax number of an organisation or a person, valid under the rules of its country.
 *
 * <p>The value is kept normalised: no spaces or separators, letters in upper case.
 */
public record TaxId(Country country, String value) {

    /**
     * Accepts an already normalised value; use {@link #parse} for what a person typed.
     *
     * @throws InvalidValue if the country is missing or the value breaks the country's rules
     */
    public TaxId {
        if (country == null) {
            throw new InvalidValue("taxId.country", null, "is required");
        }
        if (value == null || value.isBlank()) {
            throw new InvalidValue("taxId", value, "is required");
        }
        country.taxIdRules().check(value);
    }

    /**
     * Reads a tax number as people write it: trims, drops spaces, hyphens and dots, upper-cases.
     *
     * @throws InvalidValue under the field {@code taxId} if the text is blank or the number invalid
     */
    public static TaxId parse(Country country, String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidValue("taxId", raw, "is required");
        }
        return new TaxId(country, normalise(raw));
    }

    /** Which kind of number this is, such as an organisation's or a person's. */
    public TaxIdKind kind() {
        return country.taxIdRules().check(value);
    }

    @Override
    public String toString() {
        return value;
    }

    private static String normalise(String raw) {
        // NFKC folds full-width digits and letters, which Chinese and Japanese keyboards produce
        String folded = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        StringBuilder compact = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (!isSeparator(c)) {
                compact.append(c);
            }
        }
        return compact.toString().toUpperCase(Locale.ROOT);
    }

    private static boolean isSeparator(char c) {
        // U+2010, U+2011 and U+2013 arrive when numbers are copied from word processors
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == '-' || c == '.' || c == '\u2010' || c == '\u2011' || c == '\u2013';
    }
}
