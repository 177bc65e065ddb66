package org.trainingcrm.domain.kernel;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The normalised search form of text, so that "José" finds "jose" and "Ёлка" finds "елка".
 *
 * <p>Both the stored names and the typed query go through {@link #of}, and the two are compared.
 */
public final class SearchKey {

    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    private SearchKey() {
    }

    /**
     * The search form of a text: compatibility-decomposed (which folds full-width letters),
     * without accents on Latin, Greek and Cyrillic letters, case-folded, with single spaces.
     *
     * @return the key, or an empty string for null
     */
    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String recomposed = Normalizer.normalize(withoutAccents(decomposed), Normalizer.Form.NFC);
        // upper then lower folds "ß" with "SS", as Unicode case folding does
        String folded = recomposed.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT)
                // Java writes a word-final sigma as "ς", which would hide it from a search for "σ..."
                .replace('ς', 'σ');
        return SPACES.matcher(folded).replaceAll(" ").strip();
    }

    /**
     * Every suffix of a key that does not start with a space, each cut to {@code maxLength}
     * characters, without duplicates, from the longest suffix on.
     *
     * <p>Stored in an index, they let a prefix search find names that merely contain the query.
     * Lengths count code points, so a character outside the Basic Multilingual Plane is never split.
     *
     * @param key a key made by {@link #of}; null gives no suffixes
     * @throws IllegalArgumentException if {@code maxLength} is below 1
     */
    public static List<String> suffixes(String key, int maxLength) {
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength must be at least 1, was " + maxLength);
        }
        if (key == null) {
            return List.of();
        }
        int[] codePoints = key.codePoints().toArray();
        Set<String> suffixes = new LinkedHashSet<>();
        for (int start = 0; start < codePoints.length; start++) {
            if (codePoints[start] != ' ') {
                int length = Math.min(maxLength, codePoints.length - start);
                suffixes.add(new String(codePoints, start, length));
            }
        }
        return List.copyOf(suffixes);
    }

    /**
     * Drops combining marks that follow Latin, Greek or Cyrillic letters, where people often type
     * words without their accents; marks of other scripts (Japanese voicing marks, Indic vowel
     * signs) change the letter itself and stay.
     */
    private static String withoutAccents(String decomposed) {
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean accentsOptional = false;
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            if (isMark(c)) {
                if (!accentsOptional) {
                    out.appendCodePoint(c);
                }
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            accentsOptional = script == Character.UnicodeScript.LATIN
                    || script == Character.UnicodeScript.GREEK
                    || script == Character.UnicodeScript.CYRILLIC;
            out.appendCodePoint(c);
        }
        return out.toString();
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
