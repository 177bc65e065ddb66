package org.trainingcrm.domain.kernel;

import java.text.Collator;
import java.util.Arrays;
import java.util.Locale;

/**
 * The orders a list of names can be sorted in, one for each language the CRM is used in.
 *
 * <p>Lists are sorted by the database, which must know the user's order. Derby's collation is
 * fixed for a whole database when it is created, and PostgreSQL's ICU collations have no Derby
 * counterpart, so no database collation serves a Ukrainian and a Spanish user of one store.
 * Instead each name is stored with a binary sort key per order ({@link SortKeys}), made with
 * the {@link java.text.Collator} of that language: the same collation the CRM sorted with in
 * Java before, with no new dependency. A key's bytes compared unsigned, first byte first
 * (PostgreSQL's {@code bytea}, Derby's {@code VARCHAR FOR BIT DATA}), order as the collator does.
 *
 * <p>The JDK's rules differ for each of these languages on ordinary names: Russian and
 * Ukrainian place Ukrainian letters and the soft sign differently, and the root rules put
 * {@code Ґ} after {@code Я}; Spanish puts {@code ñ} after {@code n}; Chinese sorts Han by
 * pinyin. English and the languages with no rules of their own use the root rules.
 */
public enum SortLocale {

    ROOT("root", Locale.ROOT),
    RUSSIAN("ru", Locale.forLanguageTag("ru")),
    UKRAINIAN("uk", Locale.forLanguageTag("uk")),
    SPANISH("es", Locale.forLanguageTag("es")),
    CHINESE("zh", Locale.forLanguageTag("zh"));

    /**
     * Keys are cut to this many bytes; two names whose keys agree that far (about 200 letters
     * of Latin or Cyrillic) are then ordered by id.
     */
    public static final int MAX_KEY_BYTES = 1024;

    private final String column;
    private final ThreadLocal<Collator> collator;

    SortLocale(String column, Locale locale) {
        this.column = column;
        // a RuleBasedCollator synchronises every key it makes: one for each thread
        this.collator = ThreadLocal.withInitial(() -> Collator.getInstance(locale));
    }

    /** The order for a user's locale: by its language, the root order for any other. */
    public static SortLocale of(Locale locale) {
        return switch (locale == null ? "" : locale.getLanguage()) {
            case "ru", "be" -> RUSSIAN; // the JDK's Belarusian rules are the Russian ones
            case "uk" -> UKRAINIAN;
            case "es" -> SPANISH;
            case "zh" -> CHINESE;
            default -> ROOT;
        };
    }

    /** How stores name the sort-key column of this order: {@code name_sort_} and this. */
    public String column() {
        return column;
    }

    /** The sort key of a text in this order; null counts as empty text. */
    public byte[] key(String text) {
        byte[] key = collator.get().getCollationKey(text == null ? "" : text).toByteArray();
        return key.length > MAX_KEY_BYTES ? Arrays.copyOf(key, MAX_KEY_BYTES) : key;
    }

    /** Compares two keys as the databases do: bytes unsigned, a missing key last. */
    public static int compare(byte[] left, byte[] right) {
        if (left == null || right == null) {
            return left == right ? 0 : left == null ? 1 : -1;
        }
        return Arrays.compareUnsigned(left, right);
    }
}
