package org.trainingcrm.domain.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CountryTest {

    @Test
    void knows_the_iso_codes_of_the_countries_it_serves() {
        assertThat(Arrays.stream(Country.values()).map(Country::code))
                .containsExactly("RU", "UA", "KZ", "CN", "ES");
    }

    @ParameterizedTest
    @ValueSource(strings = {"kz", "KZ", " Kz "})
    void finds_a_country_by_its_code_whatever_the_case(String code) {
        assertThat(Country.fromCode(code)).isEqualTo(Country.KZ);
    }

    @ParameterizedTest
    @ValueSource(strings = {"DE", "RUS", "XX", "R"})
    void refuses_a_code_of_a_country_it_does_not_serve(String code) {
        assertThatThrownBy(() -> Country.fromCode(code))
                .isInstanceOf(InvalidValue.class)
                .hasFieldOrPropertyWithValue("field", "country")
                .hasFieldOrPropertyWithValue("value", code)
                .hasFieldOrPropertyWithValue("reason", "is not a supported country code");
    }

    @Test
    void refuses_a_blank_or_missing_code() {
        assertThatThrownBy(() -> Country.fromCode(" ")).hasFieldOrPropertyWithValue("reason", "is required");
        assertThatThrownBy(() -> Country.fromCode(null)).hasFieldOrPropertyWithValue("reason", "is required");
    }

    @Test
    void every_kind_of_tax_number_belongs_to_the_country_whose_rules_recognise_it() {
        EnumSet<TaxIdKind> recognised = EnumSet.noneOf(TaxIdKind.class);
        for (Country country : Country.values()) {
            for (TaxIdKind kind : country.taxIdRules().kinds()) {
                assertThat(kind.country()).isEqualTo(country);
                recognised.add(kind);
            }
        }
        assertThat(recognised).isEqualTo(EnumSet.allOf(TaxIdKind.class));
    }
}
