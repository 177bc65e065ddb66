package org.trainingcrm.domain.kernel.taxid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trainingcrm.domain.kernel.taxid.RuleAssertions.DIGITS_AND_LETTERS;
import static org.trainingcrm.domain.kernel.taxid.RuleAssertions.assertBodyRefused;
import static org.trainingcrm.domain.kernel.taxid.RuleAssertions.assertRefused;
import static org.trainingcrm.domain.kernel.taxid.RuleAssertions.assertRefusedBecause;
import static org.trainingcrm.domain.kernel.taxid.RuleAssertions.checkCharacterChanges;
import static org.trainingcrm.domain.kernel.taxid.RuleAssertions.randomDigits;
import static org.trainingcrm.domain.kernel.taxid.RuleAssertions.randomFrom;

import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.trainingcrm.domain.kernel.TaxIdKind;

class SpanishTaxIdTest {

    private final SpanishTaxId rules = new SpanishTaxId();

    @Nested
    class Accepts {

        @ParameterizedTest(name = "{1} {0}")
        @CsvSource({
            "A28015865, Telefónica",
            "A39000013, Banco Santander",
            "A48265169, BBVA",
            "A48010615, Iberdrola",
            "A15075062, Inditex",
            "A78374725, Repsol",
            "A46103834, Mercadona",
            "P2807900B, Ayuntamiento de Madrid",
            "Q2818014I, Universidad Complutense de Madrid",
            "Q2826000H, Agencia Tributaria",
        })
        void published_organisation_numbers(String nif, String owner) {
            assertThat(rules.check(nif)).isEqualTo(TaxIdKind.ES_CIF);
        }

        @Test
        void the_specimen_dni_and_nie_numbers() {
            assertThat(rules.check("12345678Z")).isEqualTo(TaxIdKind.ES_NIF);
            assertThat(rules.check("X1234567L")).isEqualTo(TaxIdKind.ES_NIE);
        }

        @Test
        void an_organisation_type_that_takes_either_a_digit_or_the_matching_letter() {
            String withDigit = rules.withCheckCharacters("G2801586");
            char digit = withDigit.charAt(8);
            String withLetter = "G2801586" + "JABCDEFGHI".charAt(digit - '0');
            assertThat(rules.check(withDigit)).isEqualTo(TaxIdKind.ES_CIF);
            assertThat(rules.check(withLetter)).isEqualTo(TaxIdKind.ES_CIF);
        }

        @Test
        void every_number_made_from_a_random_body() {
            Random random = new Random(RuleAssertions.SEED);
            for (int i = 0; i < RuleAssertions.ITERATIONS; i++) {
                String dni = rules.withCheckCharacters(randomDigits(random, 8));
                String nie = rules.withCheckCharacters(randomFrom(random, "XYZ", 1) + randomDigits(random, 7));
                String organisation = rules.withCheckCharacters(
                        randomFrom(random, "ABCDEFGHJNPQRSUVW", 1) + randomDigits(random, 7));
                assertThat(rules.check(dni)).isEqualTo(TaxIdKind.ES_NIF);
                assertThat(rules.check(nie)).isEqualTo(TaxIdKind.ES_NIE);
                assertThat(rules.check(organisation)).isEqualTo(TaxIdKind.ES_CIF);
            }
        }
    }

    @Nested
    class Refuses {

        @ParameterizedTest
        @ValueSource(strings = {"12345678Z", "X1234567L", "A28015865", "A39000013", "P2807900B", "Q2818014I"})
        void every_change_of_the_control_character(String valid) {
            assertThat(checkCharacterChanges(valid, 1, DIGITS_AND_LETTERS))
                    .hasSize(35)
                    .allSatisfy(changed -> assertRefused(rules, changed));
        }

        @Test
        void a_letter_for_an_organisation_type_that_demands_a_digit() {
            assertRefusedBecause(rules, "A2801586E", "organisations of type A end with a control digit");
        }

        @Test
        void a_digit_for_an_organisation_type_that_demands_a_letter() {
            assertRefusedBecause(rules, "P28079002", "organisations of type P end with a control letter");
        }

        @ParameterizedTest
        @ValueSource(strings = {"1234567Z", "123456789Z", "X123456L", "A280158650", "A"})
        void a_number_of_the_wrong_length(String nif) {
            assertRefusedBecause(rules, nif, "must be 9 characters long");
        }

        @ParameterizedTest
        @ValueSource(strings = {"1234A678Z", "12345678Ñ"})
        void letters_where_digits_go_in_a_dni(String nif) {
            assertRefused(rules, nif);
        }

        @ParameterizedTest
        @ValueSource(strings = {"X12A4567L", "A2801B865", "YY1234567"})
        void letters_where_digits_go_after_the_first_letter(String nif) {
            assertRefusedBecause(rules, nif, "must have 7 digits after the first letter");
        }

        @ParameterizedTest
        @ValueSource(strings = {"123456789", "X12345678"})
        void a_dni_or_nie_without_a_control_letter(String nif) {
            assertRefusedBecause(rules, nif, "must end with a control letter");
        }

        @ParameterizedTest
        @ValueSource(strings = {"I2801586E", "T28015865", "K1234567L"})
        void an_unknown_first_letter(String nif) {
            assertRefusedBecause(rules, nif, "must start with a digit, X, Y, Z or an organisation type letter");
        }

        @Test
        void a_blank_or_missing_number() {
            assertRefusedBecause(rules, "", "is required");
            assertRefusedBecause(rules, null, "is required");
        }

        @ParameterizedTest
        @ValueSource(strings = {"1234567", "12345678Z", "X12A4567", "T2801586"})
        void a_body_of_the_wrong_shape_when_asked_for_a_control_character(String body) {
            assertBodyRefused(rules, body);
        }
    }
}
