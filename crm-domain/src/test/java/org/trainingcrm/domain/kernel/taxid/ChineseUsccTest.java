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

class ChineseUsccTest {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private final ChineseUscc rules = new ChineseUscc();

    @Nested
    class Accepts {

        @ParameterizedTest(name = "{1} {0}")
        @CsvSource({
            "9144030071526726XG, Tencent",
            "91330100716105852F, Alibaba",
            "914403001922038216, Huawei",
            "91110108551385082Q, Xiaomi",
            "91440300192317458F, BYD",
            "91110000802100433B, Baidu",
            "9144030027939873X7, ZTE",
            "91110000600037341L, python-stdnum documentation",
        })
        void published_codes(String code, String owner) {
            assertThat(rules.check(code)).isEqualTo(TaxIdKind.CN_USCC);
        }

        @Test
        void every_code_made_from_a_random_body() {
            Random random = new Random(RuleAssertions.SEED);
            for (int i = 0; i < RuleAssertions.ITERATIONS; i++) {
                String body = randomFrom(random, ALPHABET, 2) + randomDigits(random, 6)
                        + randomFrom(random, ALPHABET, 9);
                assertThat(rules.check(rules.withCheckCharacters(body))).isEqualTo(TaxIdKind.CN_USCC);
            }
        }
    }

    @Nested
    class Refuses {

        @ParameterizedTest
        @ValueSource(strings = {"9144030071526726XG", "91330100716105852F", "914403001922038216"})
        void every_change_of_the_check_character(String valid) {
            assertThat(checkCharacterChanges(valid, 1, DIGITS_AND_LETTERS))
                    .hasSize(35)
                    .allSatisfy(changed -> assertRefused(rules, changed));
        }

        @ParameterizedTest
        @ValueSource(strings = {"9144030071526726X", "9144030071526726XGG", "91"})
        void a_code_of_the_wrong_length(String code) {
            assertRefusedBecause(rules, code, "must be 18 characters long");
        }

        @ParameterizedTest
        @ValueSource(strings = {"9144030071526726IG", "91440300715267O6XG", "914403007152672SXG", "9144030071526726XZ",
            "914403007152672#XG"})
        void letters_outside_the_alphabet(String code) {
            assertRefusedBecause(rules, code, "may contain only digits and capital letters other than I, O, Z, S, V");
        }

        @Test
        void letters_in_the_region_code() {
            assertRefusedBecause(rules, "9144A30071526726XG", "characters 3 to 8 must be digits (the region code)");
        }

        @Test
        void a_blank_or_missing_code() {
            assertRefusedBecause(rules, "", "is required");
            assertRefusedBecause(rules, null, "is required");
        }

        @ParameterizedTest
        @ValueSource(strings = {"9144030071526726", "9144030071526726XG", "9144030071526726I"})
        void a_body_of_the_wrong_shape_when_asked_for_a_check_character(String body) {
            assertBodyRefused(rules, body);
        }
    }
}
