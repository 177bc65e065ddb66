package org.trainingcrm.domain.kernel;

import java.util.List;

/**
 * The rules one country applies to its tax numbers: format, kinds and check characters.
 *
 * <p>Implementations are stateless and safe to share between threads.
 */
public interface TaxIdRules {

    /**
     * Checks a normalised number (no spaces or separators, letters in upper case) and tells its kind.
     *
     * @throws InvalidValue under the field {@code taxId}, naming what is wrong: the length,
     *     the characters, or {@code "checksum does not match"}
     */
    TaxIdKind check(String normalised);

    /**
     * Appends the correct check character(s) to a body given without them.
     *
     * <p>Meant for generating valid demo and test data, never for "repairing" a number a person
     * typed: a typo in the body would silently become another valid number.
     *
     * @throws InvalidValue under the field {@code taxId} if the body has the wrong shape, or if
     *     no check character exists for it (such numbers are never issued)
     */
    String withCheckCharacters(String body);

    /** The kinds of number these rules recognise, in a stable order. */
    List<TaxIdKind> kinds();
}
