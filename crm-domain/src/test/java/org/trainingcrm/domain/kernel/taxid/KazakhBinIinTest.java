package org.trainingcrm.domain.kernel.taxid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trainingcrm.domain.kernel.taxid.RuleAssertions.DIGITS;
import static org.trainingcrm.domain.kernel.taxid.RuleAssertions.assertBodyRefused;
import static org.trainingcrm.domain.kernel.taxid.RuleAssertions.assertRefusedBecause;
import static org.trainingcrm.domain.kernel.taxid.RuleAssertions.checkCharacterChanges;
import static org.trainingcrm.domain.kernel.taxid.RuleAssertions.randomDigits;
import static org.trainingcrm.domain.kernel.taxid.RuleAssertions.twoDigits;

import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.TaxIdKind;

class KazakhBinIinTest {

    private final KazakhBinIin rules = new KazakhBinIin();

    @Nested
    class Accepts {

        @ParameterizedTest(name = "{1} {0}")
        @CsvSource({
            "940140000385, Halyk Bank",
            "020240000555, KazMunayGas",
            "971240001315, Kaspi Bank",
            "970240000816, Kazatomprom",
            "081140000436, Samruk-Kazyna",
            "970740000838, KEGOC",
            "990140004654, python-stdnum documentation",
        })
        void published_bins(String bin, String owner) {
            assertThat(rules.check(bin)).isEqualTo(TaxIdKind.KZ_BIN);
        }

        @Test
        void an_iin_used_as_an_example_in_documentation() {
            assertThat(rules.check("061211600012")).isEqualTo(TaxIdKind.KZ_IIN);
        }

        @Test
        void every_number_made_from_a_random_body_that_has_a_check_digit() {
            Random random = new Random(RuleAssertions.SEED);
            int withoutCheckDigit = 0;
            for (int i = 0; i < RuleAssertions.ITERATIONS; i++) {
                boolean organisation = random.nextBoolean();
                String body = organisation ? binBody(random) : iinBody(random);
                try {
                    String number = rules.withCheckCharacters(body);
                    assertThat(rules.check(number))
                            .isEqualTo(organisation ? TaxIdKind.KZ_BIN : TaxIdKind.KZ_IIN);
                } catch (InvalidValue noCheckDigit) {
                    withoutCheckDigit++;
                    assertThat(noCheckDigit.reason()).contains("no check digit exists");
                    for (char digit : DIGITS.toCharArray()) {
                        assertRefusedBecause(rules, body + digit, "checksum does not match");
                    }
                }
            }
            // both passes give 10 for about one body in 120; such numbers are never issued
            assertThat(withoutCheckDigit).isBetween(1, RuleAssertions.ITERATIONS / 40);
        }

        private String binBody(Random random) {
            return twoDigits(random, 0, 99) + twoDigits(random, 1, 12)
                    + (4 + random.nextInt(3)) + random.nextInt(4) + randomDigits(random, 5);
        }

        private String iinBody(Random random) {
            return twoDigits(random, 0, 99) + twoDigits(random, 1, 12) + twoDigits(random, 1, 28)
                    + (1 + random.nextInt(6)) + randomDigits(random, 4);
        }
    }

    @Nested
    class Refuses {

        @ParameterizedTest
        @ValueSource(strings = {"940140000385", "971240001315", "061211600012"})
        void every_change_of_the_check_digit(String valid) {
            assertThat(checkCharacterChanges(valid, 1, DIGITS))
                    .hasSize(9)
                    .allSatisfy(changed -> assertRefusedBecause(rules, changed, "checksum does not match"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"94014000038", "9401400003850", "9"})
        void a_number_of_the_wrong_length(String number) {
            assertRefusedBecause(rules, number, "must be 12 digits long");
        }

        @ParameterizedTest
        @ValueSource(strings = {"94014000038A", "9401400O0385", "94O140000385"})
        void letters_where_digits_go(String number) {
            assertRefusedBecause(rules, number, "must contain digits only");
        }

        @ParameterizedTest
        @ValueSource(strings = {"940040000385", "941340000385"})
        void a_month_that_does_not_exist(String number) {
            assertRefusedBecause(rules, number, "digits 3 and 4 must be a month from 01 to 12");
        }

        @ParameterizedTest
        @ValueSource(strings = {"940170000385", "940190000385"})
        void a_fifth_digit_that_is_neither_bin_nor_iin(String number) {
            assertRefusedBecause(rules, number, "the fifth digit must be 0 to 3 (IIN) or 4 to 6 (BIN)");
        }

        @Test
        void a_blank_or_missing_number() {
            assertRefusedBecause(rules, "", "is required");
            assertRefusedBecause(rules, null, "is required");
        }

        @ParameterizedTest
        @ValueSource(strings = {"9401400003", "940140000385", "9401400003A"})
        void a_body_of_the_wrong_shape_when_asked_for_a_check_digit(String body) {
            assertBodyRefused(rules, body);
        }
    }
}
