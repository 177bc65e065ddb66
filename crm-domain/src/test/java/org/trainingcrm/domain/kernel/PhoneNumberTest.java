package org.trainingcrm.domain.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @Nested
    class Parsing {

        @ParameterizedTest(name = "{0} in {1}")
        @CsvSource(delimiter = '|', nullValues = "none", value = {
            "8 (495) 123-45-67   |RU  |+74951234567  |+7 495 123-45-67 |RU",
            "+7 912 345-67-89    |none|+79123456789  |+7 912 345-67-89 |RU",
            "044 123 4567        |UA  |+380441234567 |+380 44 123 4567 |UA",
            "067 123 45 67       |UA  |+380671234567 |+380 67 123 4567 |UA",
            "8 701 123 4567      |KZ  |+77011234567  |+7 701 123 4567  |KZ",
            "+7 727 258 3434     |RU  |+77272583434  |+7 7272 58 34 34 |KZ",
            "+86 10 1234 5678    |none|+861012345678 |+86 10 1234 5678 |CN",
            "138 0013 8000       |CN  |+8613800138000|+86 138 0013 8000|CN",
            "+34 912 34 56 78    |none|+34912345678  |+34 912 34 56 78 |ES",
            "612-34-56-78        |ES  |+34612345678  |+34 612 34 56 78 |ES",
        })
        void reads_numbers_written_the_way_people_write_them(
                String raw, String region, String e164, String international, String numberRegion) {
            PhoneNumber phone = PhoneNumber.parse(raw, region);
            assertThat(phone.e164()).isEqualTo(e164);
            assertThat(phone.international()).isEqualTo(international);
            assertThat(phone.region()).isEqualTo(numberRegion);
        }

        @Test
        void reads_a_number_with_a_country_code_whatever_the_default_region() {
            assertThat(PhoneNumber.parse("+34 912 34 56 78", "RU"))
                    .isEqualTo(PhoneNumber.parse("912 34 56 78", "ES"));
        }

        @ParameterizedTest(name = "{0} in {1}: {2}")
        @CsvSource(delimiter = '|', nullValues = "none", value = {
            "hello                    |RU  |is not a phone number",
            "123                      |RU  |is too short for RU",
            "+7 495 123               |none|is too short for RU",
            "12345678901234567890     |RU  |is too long",
            "8 (495) 123-45-67        |none|has no known country code; start it with + and the code",
            "+999 123 4567            |none|has no known country code; start it with + and the code",
            "+7 000 000 0000          |none|is not a valid number in RU",
            "+7 495 123-45-67 ext. 12 |none|extensions are not supported",
        })
        void refuses_what_is_not_a_valid_number(String raw, String region, String reason) {
            assertThatThrownBy(() -> PhoneNumber.parse(raw, region))
                    .isInstanceOf(InvalidValue.class)
                    .hasFieldOrPropertyWithValue("field", "phone")
                    .hasFieldOrPropertyWithValue("value", raw)
                    .hasFieldOrPropertyWithValue("reason", reason);
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "  "})
        void refuses_blank_text(String raw) {
            assertThatThrownBy(() -> PhoneNumber.parse(raw, "RU"))
                    .hasFieldOrPropertyWithValue("reason", "is required");
        }
    }

    @Nested
    class Constructing {

        @Test
        void accepts_a_valid_e164_number() {
            assertThat(new PhoneNumber("+380441234567")).hasToString("+380441234567");
        }

        @ParameterizedTest
        @ValueSource(strings = {"84951234567", "+7 495 123-45-67", "+7(495)1234567", "+0123", "+74951234567890123"})
        void refuses_text_that_is_not_in_e164_form(String text) {
            assertThatThrownBy(() -> new PhoneNumber(text))
                    .isInstanceOf(InvalidValue.class)
                    .hasFieldOrPropertyWithValue("field", "phone");
        }

        @Test
        void refuses_an_e164_string_that_no_region_uses() {
            assertThatThrownBy(() -> new PhoneNumber("+70000000000"))
                    .hasFieldOrPropertyWithValue("reason", "is not a valid number in RU");
        }

        @Test
        void refuses_a_missing_number() {
            assertThatThrownBy(() -> new PhoneNumber(null))
                    .hasFieldOrPropertyWithValue("reason", "is required");
        }
    }

    @Nested
    class SearchForm {

        @Test
        void is_the_e164_form_of_anything_that_could_be_a_number() {
            assertThat(PhoneNumber.searchForm("8 (495) 123-45-67", "RU")).contains("+74951234567");
            assertThat(PhoneNumber.searchForm("+86 138 0013 8000", null)).contains("+8613800138000");
            assertThat(PhoneNumber.searchForm("067 123 45 67", "UA")).contains("+380671234567");
        }

        @Test
        void keeps_a_number_of_a_possible_length_that_no_carrier_uses() {
            assertThat(PhoneNumber.searchForm("+7 000 000 0000", null)).contains("+70000000000");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "  ", "Иванов", "hello", "123", "8 (495) 123-45-67 4444 5555 6666"})
        void is_empty_for_text_that_cannot_be_a_number(String raw) {
            assertThat(PhoneNumber.searchForm(raw, "RU")).isEmpty();
        }

        @Test
        void is_empty_for_a_national_number_without_a_region() {
            assertThat(PhoneNumber.searchForm("8 (495) 123-45-67", null)).isEmpty();
            assertThat(PhoneNumber.searchForm(null, "RU")).isEmpty();
        }
    }
}
