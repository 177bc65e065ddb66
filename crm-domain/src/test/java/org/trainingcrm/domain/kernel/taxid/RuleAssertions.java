package org.trainingcrm.domain.kernel.taxid;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.assertj.core.api.AbstractThrowableAssert;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.TaxIdRules;

/** Shared checks and data makers for the per-country rule tests. */
final class RuleAssertions {

    static final String DIGITS = "0123456789";
    static final String DIGITS_AND_LETTERS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    /** A fixed seed keeps the generated numbers the same on every run. */
    static final long SEED = 20_240_611L;
    static final int ITERATIONS = 2_000;

    private RuleAssertions() {
    }

    static AbstractThrowableAssert<?, ? extends Throwable> assertRefused(TaxIdRules rules, String value) {
        return assertThatThrownBy(() -> rules.check(value))
                .isInstanceOf(InvalidValue.class)
                .hasFieldOrPropertyWithValue("field", "taxId")
                .hasFieldOrPropertyWithValue("value", value);
    }

    static void assertRefusedBecause(TaxIdRules rules, String value, String reason) {
        assertRefused(rules, value).hasFieldOrPropertyWithValue("reason", reason);
    }

    static void assertBodyRefused(TaxIdRules rules, String body) {
        assertThatThrownBy(() -> rules.withCheckCharacters(body))
                .isInstanceOf(InvalidValue.class)
                .hasFieldOrPropertyWithValue("field", "taxId");
    }

    /**
     * Every number that differs from {@code valid} in exactly one of its last {@code checkCount}
     * characters, that character replaced by another from {@code alphabet}.
     */
    static List<String> checkCharacterChanges(String valid, int checkCount, String alphabet) {
        List<String> changed = new ArrayList<>();
        for (int position = valid.length() - checkCount; position < valid.length(); position++) {
            for (char replacement : alphabet.toCharArray()) {
                if (replacement != valid.charAt(position)) {
                    changed.add(valid.substring(0, position) + replacement + valid.substring(position + 1));
                }
            }
        }
        return changed;
    }

    static String randomFrom(Random random, String alphabet, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    static String randomDigits(Random random, int length) {
        return randomFrom(random, DIGITS, length);
    }

    /** A number from {@code from} to {@code to} inclusive, written with two digits. */
    static String twoDigits(Random random, int from, int to) {
        return String.format("%02d", from + random.nextInt(to - from + 1));
    }
}
