package org.trainingcrm.samples.demo;

import java.util.List;
import java.util.Random;
import org.trainingcrm.domain.kernel.Country;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.PhoneNumber;

/**
 * Telephone numbers as people write them in each country, valid by libphonenumber's rules
 * (the CRM refuses the others): capital city landlines and mobiles.
 */
final class DemoPhones {

    private static final int ATTEMPTS = 20;

    private final Random random;

    DemoPhones(Random random) {
        this.random = random;
    }

    /** An office number in the country's capital, such as {@code +7 495 123-45-67}. */
    String landline(Country country) {
        return valid(() -> switch (country) {
            case RU -> "+7 " + pick("495", "499") + " " + digits(3) + "-" + digits(2) + "-" + digits(2);
            case UA -> "+380 44 " + digits(3) + " " + digits(2) + " " + digits(2);
            case ES -> "+34 91 " + digits(3) + " " + digits(2) + " " + digits(2);
            case CN -> "+86 10 " + digits(4) + " " + digits(4);
            case KZ -> "+7 727 " + digits(3) + " " + digits(2) + " " + digits(2);
        });
    }

    /** A mobile number, such as {@code +380 67 123 45 67}. */
    String mobile(Country country) {
        return valid(() -> switch (country) {
            case RU -> "+7 " + pick("916", "903", "985") + " " + digits(3) + "-" + digits(2) + "-" + digits(2);
            case UA -> "+380 " + pick("67", "50", "97") + " " + digits(3) + " " + digits(2) + " " + digits(2);
            case ES -> "+34 6" + digits(2) + " " + digits(3) + " " + digits(3);
            case CN -> "+86 " + pick("138", "139") + " " + digits(4) + " " + digits(4);
            case KZ -> "+7 701 " + digits(3) + " " + digits(2) + " " + digits(2);
        });
    }

    private String valid(java.util.function.Supplier<String> candidate) {
        for (int i = 0; i < ATTEMPTS; i++) {
            String number = candidate.get();
            try {
                PhoneNumber.parse(number, null);
                return number;
            } catch (InvalidValue unused) {
                // a few blocks of a numbering plan are unassigned (Beijing 10 800…): draw again
            }
        }
        throw new IllegalStateException("no valid number drawn in " + ATTEMPTS + " attempts");
    }

    private String pick(String... options) {
        return List.of(options).get(random.nextInt(options.length));
    }

    private String digits(int count) {
        StringBuilder text = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            text.append((char) ('0' + random.nextInt(10)));
        }
        return text.toString();
    }
}
