package org.trainingcrm.domain.kernel;

import java.util.Objects;

/**
 * The sort keys of one name, one for each {@link SortLocale}: an entity keeps them beside the
 * name and replaces them whenever the name changes, so that a store sorts by them. A value:
 * its keys never change; the no-argument constructor is for stores that fill fields.
 */
public class SortKeys {

    private byte[] root;
    private byte[] ru;
    private byte[] uk;
    private byte[] es;
    private byte[] zh;

    protected SortKeys() {
    }

    /** The keys of the text in every order. */
    public static SortKeys of(String text) {
        SortKeys keys = new SortKeys();
        keys.root = SortLocale.ROOT.key(text);
        keys.ru = SortLocale.RUSSIAN.key(text);
        keys.uk = SortLocale.UKRAINIAN.key(text);
        keys.es = SortLocale.SPANISH.key(text);
        keys.zh = SortLocale.CHINESE.key(text);
        return keys;
    }

    /** The key in the given order. */
    public byte[] key(SortLocale order) {
        byte[] key = raw(order);
        return key == null ? null : key.clone();
    }

    /** Compares the keys of two names in the given order, as a store compares them. */
    public static int compare(SortKeys left, SortKeys right, SortLocale order) {
        return SortLocale.compare(left == null ? null : left.raw(order), right == null ? null : right.raw(order));
    }

    private byte[] raw(SortLocale order) {
        return switch (Objects.requireNonNull(order, "order")) {
            case ROOT -> root;
            case RUSSIAN -> ru;
            case UKRAINIAN -> uk;
            case SPANISH -> es;
            case CHINESE -> zh;
        };
    }
}
