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

class RussianInnTest {

    private final RussianInn rules = new RussianInn();

    @Nested
    class Accepts {

        @ParameterizedTest(name = "{1} {0}")
        @CsvSource({
            "7707083893, Sberbank",
            "7736207543, Yandex",
            "7736050003, Gazprom",
            "7708004767, Lukoil",
            "7706107510, Rosneft",
            "7740000076, MTS",
            "7712040126, Aeroflot",
            "7702070139, VTB Bank",
            "7707049388, Rostelecom",
            "7812014560, MegaFon",
            "7707329152, Federal Tax Service",
        })
        void published_organisation_numbers(String inn, String owner) {
            assertThat(rules.check(inn)).isEqualTo(TaxIdKind.RU_INN_LEGAL);
        }

        @Test
        void the_person_number_used_as_an_example_in_documentation() {
            assertThat(rules.check("500100732259")).isEqualTo(TaxIdKind.RU_INN_PERSON);
        }

        @Test
        void every_number_made_from_a_random_body() {
            Random random = new Random(RuleAssertions.SEED);
            for (int i = 0; i < RuleAssertions.ITERATIONS; i++) {
                String organisation = rules.withCheckCharacters(RuleAssertions.randomDigits(random, 9));
                String person = rules.withCheckCharacters(RuleAssertions.randomDigits(random, 10));
                assertThat(rules.check(organisation)).isEqualTo(TaxIdKind.RU_INN_LEGAL);
                assertThat(rules.check(person)).isEqualTo(TaxIdKind.RU_INN_PERSON);
            }
        }
    }

    @Nested
    class Refuses {

        @Test
        void every_change_of_the_check_digit_of_an_organisation_number() {
            assertThat(checkCharacterChanges("7707083893", 1, DIGITS))
                    .hasSize(9)
                    .allSatisfy(changed -> assertRefusedBecause(rules, changed, "checksum does not match"));
        }

        @Test
        void every_change_of_either_check_digit_of_a_person_number() {
            assertThat(checkCharacterChanges("500100732259", 2, DIGITS))
                    .hasSize(18)
                    .allSatisfy(changed -> assertRefusedBecause(rules, changed, "checksum does not match"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"770708389", "77070838930", "7", "7707083893000"})
        void a_number_of_the_wrong_length(String inn) {
            assertRefused(rules, inn).hasMessageContaining("10 digits (organisation) or 12 digits (person)");
        }

        @ParameterizedTest
        @ValueSource(strings = {"77070838A3", "7707O83893", "50010073225Z", "７７０７０８３８９３"})
        void letters_or_other_characters_where_digits_go(String inn) {
            assertRefusedBecause(rules, inn, "must contain digits only");
        }

        @Test
        void a_blank_or_missing_number() {
            assertRefusedBecause(rules, "", "is required");
            assertRefusedBecause(rules, null, "is required");
        }

        @ParameterizedTest
        @ValueSource(strings = {"77070838", "77070838931", "77070838A"})
        void a_body_of_the_wrong_shape_when_asked_for_check_digits(String body) {
            assertBodyRefused(rules, body);
        }
    }

    @Test
    void knows_both_of_its_kinds() {
        assertThat(rules.kinds()).containsExactly(TaxIdKind.RU_INN_LEGAL, TaxIdKind.RU_INN_PERSON);
    }
}
