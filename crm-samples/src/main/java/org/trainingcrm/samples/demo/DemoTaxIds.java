package org.trainingcrm.samples.demo;

import java.util.Random;
import org.trainingcrm.domain.kernel.Country;
import org.trainingcrm.domain.kernel.InvalidValue;

/**
 * Tax numbers that pass each country's checksum (C1): a random body completed by the
 * country's own rules, {@code Country.X.taxIdRules().withCheckCharacters(body)}.
 */
final class DemoTaxIds {

    private static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int ATTEMPTS = 20;

    private final Random random;

    DemoTaxIds(Random random) {
        this.random = random;
    }

    /** An organisation's number: RU INN (10), UA EDRPOU (8), ES CIF, CN USCC, KZ BIN. */
    String organisation(Country country) {
        return completed(country, () -> switch (country) {
            // 77: the code of Moscow's tax offices
            case RU -> "77" + digits(7);
            case UA -> digits(7);
            // B: a limited company (sociedad limitada)
            case ES -> "B" + digits(7);
            // 91: a company; 110105: Beijing, Chaoyang district
            case CN -> "91110105" + uscc(9);
            // year and month of registration, then 4: a legal entity
            case KZ -> "0" + (1 + random.nextInt(9)) + "0" + (1 + random.nextInt(9)) + "4" + digits(6);
        });
    }

    /** A private person's number: RU INN (12), UA RNOKPP (10), ES DNI; empty where none applies. */
    java.util.Optional<String> person(Country country) {
        return switch (country) {
            case RU -> java.util.Optional.of(completed(country, () -> "77" + digits(8)));
            case UA -> java.util.Optional.of(completed(country, () -> digits(9)));
            case ES -> java.util.Optional.of(completed(country, () -> digits(8)));
            case CN, KZ -> java.util.Optional.empty();
        };
    }

    private String completed(Country country, java.util.function.Supplier<String> body) {
        for (int i = 0; i < ATTEMPTS; i++) {
            try {
                return country.taxIdRules().withCheckCharacters(body.get());
            } catch (InvalidValue unused) {
                // some bodies have no check character (such numbers are never issued): draw again
            }
        }
        throw new IllegalStateException("no valid " + country + " tax id drawn in " + ATTEMPTS + " attempts");
    }

    private String digits(int count) {
        StringBuilder text = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            text.append((char) ('0' + random.nextInt(10)));
        }
        return text.toString();
    }

    private String uscc(int count) {
        StringBuilder text = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            text.append(USCC_ALPHABET.charAt(random.nextInt(USCC_ALPHABET.length())));
        }
        return text.toString();
    }
}
