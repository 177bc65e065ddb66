package org.trainingcrm.domain.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TaxIdTest {

    /** One published (or officially specimen) number of every kind. */
    private static final List<TaxId> ONE_OF_EVERY_KIND = List.of(
            new TaxId(Country.RU, "7707083893"),
            new TaxId(Country.RU, "500100732259"),
            new TaxId(Country.UA, "14360570"),
            new TaxId(Country.UA, "1759013776"),
            new TaxId(Country.KZ, "940140000385"),
            new TaxId(Country.KZ, "061211600012"),
            new TaxId(Country.CN, "9144030071526726XG"),
            new TaxId(Country.ES, "12345678Z"),
            new TaxId(Country.ES, "X1234567L"),
            new TaxId(Country.ES, "A28015865"));

    @Test
    void tells_the_kind_of_every_number() {
        EnumSet<TaxIdKind> kinds = EnumSet.noneOf(TaxIdKind.class);
        ONE_OF_EVERY_KIND.forEach(taxId -> kinds.add(taxId.kind()));
        assertThat(kinds).isEqualTo(EnumSet.allOf(TaxIdKind.class));
    }

    @Nested
    class Parsing {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "RU| 7707 083 893 |7707083893",
            "RU|7707-083-893|7707083893",
            "UA|14.360.570|14360570",
            "KZ|940 140 000 385|940140000385",
            "CN|9144 0300 7152 6726 xg|9144030071526726XG",
            "CN|９１４４０３００７１５２６７２６ＸＧ|9144030071526726XG",
            "ES|x-1234567-l|X1234567L",
            "ES|12.345.678-z|12345678Z",
            "ES|a28015865|A28015865",
        })
        void drops_spaces_hyphens_and_dots_and_upper_cases_letters(String country, String raw, String value) {
            assertThat(TaxId.parse(Country.fromCode(country), raw).value()).isEqualTo(value);
        }

        @Test
        void reads_a_non_breaking_space_and_a_typographic_hyphen_as_separators() {
            assertThat(TaxId.parse(Country.RU, "7707\u00a0083\u2011893").value()).isEqualTo("7707083893");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   ", "\t"})
        void refuses_blank_text(String raw) {
            assertThatThrownBy(() -> TaxId.parse(Country.RU, raw))
                    .isInstanceOf(InvalidValue.class)
                    .hasFieldOrPropertyWithValue("field", "taxId")
                    .hasFieldOrPropertyWithValue("reason", "is required");
        }

        @Test
        void refuses_missing_text() {
            assertThatThrownBy(() -> TaxId.parse(Country.RU, null))
                    .hasFieldOrPropertyWithValue("field", "taxId")
                    .hasFieldOrPropertyWithValue("value", null);
        }

        @Test
        void refuses_a_number_whose_checksum_does_not_match_and_names_it() {
            assertThatThrownBy(() -> TaxId.parse(Country.RU, "7707 083 894"))
                    .isInstanceOf(InvalidValue.class)
                    .hasFieldOrPropertyWithValue("field", "taxId")
                    .hasFieldOrPropertyWithValue("value", "7707083894")
                    .hasFieldOrPropertyWithValue("reason", "checksum does not match");
        }

        @Test
        void refuses_a_number_valid_only_in_another_country() {
            assertThatThrownBy(() -> TaxId.parse(Country.UA, "7707083893"))
                    .hasFieldOrPropertyWithValue("reason", "checksum does not match");
        }

        @Test
        void reports_a_refusal_under_the_field_of_the_enclosing_input() {
            Validation client = Validation.of("client");
            client.field("taxId", () -> TaxId.parse(Country.ES, "A28015866"));
            assertThatThrownBy(client::throwIfInvalid)
                    .hasFieldOrPropertyWithValue("field", "client.taxId");
        }
    }

    @Nested
    class Constructing {

        @Test
        void refuses_a_value_that_is_not_normalised() {
            assertThatThrownBy(() -> new TaxId(Country.RU, "7707 083893"))
                    .isInstanceOf(InvalidValue.class)
                    .hasFieldOrPropertyWithValue("field", "taxId");
        }

        @Test
        void refuses_a_missing_country() {
            assertThatThrownBy(() -> new TaxId(null, "7707083893"))
                    .isInstanceOf(InvalidValue.class)
                    .hasFieldOrPropertyWithValue("field", "taxId.country");
        }

        @Test
        void refuses_a_missing_value() {
            assertThatThrownBy(() -> new TaxId(Country.RU, null))
                    .isInstanceOf(InvalidValue.class)
                    .hasFieldOrPropertyWithValue("reason", "is required");
        }

        @Test
        void equals_the_same_number_parsed_from_another_spelling() {
            assertThat(TaxId.parse(Country.CN, "91330100716105852f"))
                    .isEqualTo(new TaxId(Country.CN, "91330100716105852F"));
        }

        @Test
        void prints_as_its_value() {
            assertThat(new TaxId(Country.ES, "A39000013")).hasToString("A39000013");
        }
    }
}
