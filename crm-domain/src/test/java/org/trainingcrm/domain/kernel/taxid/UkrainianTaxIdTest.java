package org.trainingcrm.domain.kernel.taxid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trainingcrm.domain.kernel.taxid.RuleAssertions.DIGITS;
import static org.trainingcrm.domain.kernel.taxid.RuleAssertions.assertBodyRefused;
import static org.trainingcrm.domain.kernel.taxid.RuleAssertions.assertRefused;
import static org.trainingcrm.domain.kernel.taxid.RuleAssertions.assertRefusedBecause;
import static org.trainingcrm.domain.kernel.taxid.RuleAssertions.checkCharacterChanges;

import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.trainingcrm.domain.kernel.TaxIdKind;

class UkrainianTaxIdTest {

    private final UkrainianTaxId rules = new UkrainianTaxId();

    @Nested
    class Accepts {

        @ParameterizedTest(name = "{1} {0}")
        @CsvSource({
            "14360570, PrivatBank",
            "20077720, Naftogaz of Ukraine",
            "00032129, Oschadbank",
            "21560045, Ukrposhta",
            "21673832, Kyivstar",
            "40075815, Ukrzaliznytsia",
            "21133352, Universal Bank",
            "14305909, Raiffeisen Bank",
            // a code from 30000000 to 59999999, checked with the rotated weights
            "32855961, python-stdnum documentation",
        })
        void published_edrpou_codes(String code, String owner) {
            assertThat(rules.check(code)).isEqualTo(TaxIdKind.UA_EDRPOU);
        }

        @ParameterizedTest
        @ValueSource(strings = {"1759013776", "2530414071"})
        void rnokpp_numbers_used_as_examples_in_documentation(String number) {
            assertThat(rules.check(number)).isEqualTo(TaxIdKind.UA_IPN);
        }

        @Test
        void every_number_made_from_a_random_body() {
            Random random = new Random(RuleAssertions.SEED);
            for (int i = 0; i < RuleAssertions.ITERATIONS; i++) {
                String edrpou = rules.withCheckCharacters(RuleAssertions.randomDigits(random, 7));
                String rnokpp = rules.withCheckCharacters(RuleAssertions.randomDigits(random, 9));
                assertThat(rules.check(edrpou)).isEqualTo(TaxIdKind.UA_EDRPOU);
                assertThat(rules.check(rnokpp)).isEqualTo(TaxIdKind.UA_IPN);
            }
        }

        @Test
        void an_edrpou_code_whose_first_remainder_is_ten() {
            // only these bodies reach the second pass with raised weights, so look for some
            Random random = new Random(RuleAssertions.SEED);
            int secondPasses = 0;
            for (int i = 0; i < RuleAssertions.ITERATIONS; i++) {
                String body = RuleAssertions.randomDigits(random, 7);
                if (firstRemainder(body) == 10) {
                    secondPasses++;
                    assertThat(rules.check(rules.withCheckCharacters(body))).isEqualTo(TaxIdKind.UA_EDRPOU);
                }
            }
            assertThat(secondPasses).isPositive();
        }

        private int firstRemainder(String body) {
            boolean middle = body.charAt(0) >= '3' && body.charAt(0) <= '5';
            int[] weights = middle ? new int[] {7, 1, 2, 3, 4, 5, 6} : new int[] {1, 2, 3, 4, 5, 6, 7};
            int sum = 0;
            for (int i = 0; i < 7; i++) {
                sum += (body.charAt(i) - '0') * weights[i];
            }
            return sum % 11;
        }
    }

    @Nested
    class Refuses {

        @ParameterizedTest
        @ValueSource(strings = {"14360570", "20077720", "32855961", "1759013776"})
        void every_change_of_the_check_digit(String valid) {
            assertThat(checkCharacterChanges(valid, 1, DIGITS))
                    .hasSize(9)
                    .allSatisfy(changed -> assertRefusedBecause(rules, changed, "checksum does not match"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"1436057", "143605701", "17590137761", "1"})
        void a_number_of_the_wrong_length(String number) {
            assertRefused(rules, number).hasMessageContaining("8 digits (EDRPOU) or 10 digits (RNOKPP)");
        }

        @ParameterizedTest
        @ValueSource(strings = {"1436057O", "AB360570", "17590137X6"})
        void letters_where_digits_go(String number) {
            assertRefusedBecause(rules, number, "must contain digits only");
        }

        @Test
        void a_blank_or_missing_number() {
            assertRefusedBecause(rules, "", "is required");
            assertRefusedBecause(rules, null, "is required");
        }

        @ParameterizedTest
        @ValueSource(strings = {"143605", "14360570", "1759013A7"})
        void a_body_of_the_wrong_shape_when_asked_for_check_digits(String body) {
            assertBodyRefused(rules, body);
        }
    }
}
