package org.trainingcrm.samples.demo;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Latin spellings for e-mail addresses and web domains: people in Moscow and Kyiv write
 * {@code ivanova@…}, not {@code иванова@…}, though the CRM would accept either.
 */
final class DemoLatin {

    // a simple passport-style transliteration, enough for Russian and Ukrainian names
    private static final Map<Character, String> CYRILLIC = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"),
            Map.entry('ґ', "g"), Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('ё', "e"),
            Map.entry('є', "ye"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"),
            Map.entry('і', "i"), Map.entry('ї', "yi"), Map.entry('й', "y"), Map.entry('к', "k"),
            Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"),
            Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"),
            Map.entry('ч', "ch"), Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', ""),
            Map.entry('ы', "y"), Map.entry('ь', ""), Map.entry('э', "e"), Map.entry('ю', "yu"),
            Map.entry('я', "ya"));

    private DemoLatin() {
    }

    /**
     * The text in lower-case ASCII letters and digits, words joined by the separator; letters of
     * other scripts (Chinese) are dropped, so the result may be empty.
     */
    static String slug(String text, String separator) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder latin = new StringBuilder(lower.length());
        for (char c : lower.toCharArray()) {
            latin.append(CYRILLIC.getOrDefault(c, String.valueOf(c)));
        }
        String plain = Normalizer.normalize(latin, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return String.join(separator, plain.replaceAll("[^a-z0-9]+", " ").strip().split(" +"));
    }
}
