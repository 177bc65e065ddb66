package org.trainingcrm.domain.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailTest {

    @Nested
    class Parsing {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "ivan.petrov@example.com          |ivan.petrov@example.com",
            "'  Ivan.Petrov@Example.COM  '    |Ivan.Petrov@example.com",
            "иван@пример.рф                   |иван@пример.рф",
            "Иван@Пример.РФ                   |Иван@пример.рф",
            "olena@приклад.укр                |olena@приклад.укр",
            "josé.garcía@correo.es            |josé.garcía@correo.es",
            "user+tag@sub.example.co.uk       |user+tag@sub.example.co.uk",
            "li.lei@例子.中国                  |li.lei@例子.中国",
            "info@xn--e1afmkfd.xn--p1ai       |info@xn--e1afmkfd.xn--p1ai",
        })
        void accepts_everyday_addresses_and_lower_cases_only_the_domain(String raw, String value) {
            assertThat(Email.parse(raw).value()).isEqualTo(value);
        }

        @Test
        void accepts_the_special_characters_allowed_before_the_at_sign() {
            String address = "o'brien_1!#$%&*/=?^`{|}~-@a-b.kz";
            assertThat(Email.parse(address).value()).isEqualTo(address);
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "plain", "a@b", "a@@b.com", "a@b@c.com", "a b@c.com", "a@b c.com", "@example.com", "a@",
            ".a@b.com", "a.@b.com", "a..b@c.com", "a@-b.com", "a@b-.com", "a@b..com", "a@.b.com",
            "a@b.com.", "a@b.123", "a@[127.0.0.1]", "\"quoted\"@example.com", "a@b_c.com", "a(b)@c.com",
            "a@b.com\u0000", "tab\there@b.com"
        })
        void refuses_what_is_not_the_shape_of_an_address(String raw) {
            assertThatThrownBy(() -> Email.parse(raw))
                    .isInstanceOf(InvalidValue.class)
                    .hasFieldOrPropertyWithValue("field", "email")
                    .hasFieldOrPropertyWithValue("value", raw.strip());
        }

        @Test
        void accepts_an_address_of_254_characters_and_refuses_one_of_255() {
            String domain = "." + "d".repeat(60);
            String fits = "l".repeat(64) + "@" + "d".repeat(60) + domain + domain + "." + "x".repeat(6);
            assertThat(fits).hasSize(254);
            assertThat(Email.parse(fits).value()).isEqualTo(fits);
            assertThatThrownBy(() -> Email.parse(fits + "x"))
                    .hasFieldOrPropertyWithValue("reason", "must be at most 254 characters long");
        }

        @Test
        void refuses_a_local_part_longer_than_64_characters() {
            assertThatThrownBy(() -> Email.parse("l".repeat(65) + "@example.com"))
                    .hasFieldOrPropertyWithValue("reason", "the part before @ must be 1 to 64 characters long");
        }

        @Test
        void refuses_a_domain_label_longer_than_63_characters() {
            assertThatThrownBy(() -> Email.parse("a@" + "d".repeat(64) + ".com"))
                    .hasFieldOrPropertyWithValue("reason", "a part of the domain is longer than 63 characters");
        }

        @Test
        void refuses_an_internationalised_label_too_long_once_encoded() {
            assertThatThrownBy(() -> Email.parse("a@" + "д".repeat(60) + ".рф"))
                    .hasFieldOrPropertyWithValue("field", "email");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   "})
        void refuses_blank_text(String raw) {
            assertThatThrownBy(() -> Email.parse(raw)).hasFieldOrPropertyWithValue("reason", "is required");
            assertThatThrownBy(() -> Email.parse(null)).hasFieldOrPropertyWithValue("reason", "is required");
        }
    }

    @Nested
    class Constructing {

        @Test
        void accepts_a_canonical_address() {
            assertThat(new Email("Ivan@example.com")).hasToString("Ivan@example.com");
        }

        @Test
        void refuses_a_domain_not_in_lower_case() {
            assertThatThrownBy(() -> new Email("ivan@Example.com"))
                    .hasFieldOrPropertyWithValue("reason", "the domain must be in lower case");
        }

        @Test
        void refuses_surrounding_spaces() {
            assertThatThrownBy(() -> new Email(" ivan@example.com")).isInstanceOf(InvalidValue.class);
        }

        @Test
        void equals_the_same_address_parsed_with_another_domain_case() {
            assertThat(Email.parse("ivan@EXAMPLE.com")).isEqualTo(new Email("ivan@example.com"));
            assertThat(Email.parse("Ivan@example.com")).isNotEqualTo(new Email("ivan@example.com"));
        }
    }
}
