package org.trainingcrm.samples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.trainingcrm.domain.kernel.Country;
import org.trainingcrm.domain.kernel.PhoneNumber;
import org.trainingcrm.domain.kernel.TaxId;

class DemoDataTest {

    private static final List<Country> COUNTRIES = List.of(Country.RU, Country.UA, Country.ES, Country.CN,
            Country.KZ);

    @Test
    void every_drawn_phone_is_valid_in_its_country() {
        DemoPhones phones = new DemoPhones(new Random(1));
        for (Country country : COUNTRIES) {
            for (int i = 0; i < 500; i++) {
                assertThat(PhoneNumber.parse(phones.landline(country), null).region()).isEqualTo(country.code());
                assertThat(PhoneNumber.parse(phones.mobile(country), null).region()).isEqualTo(country.code());
            }
        }
    }

    @Test
    void every_drawn_tax_id_passes_its_country_checksum() {
        DemoTaxIds taxIds = new DemoTaxIds(new Random(1));
        for (Country country : COUNTRIES) {
            for (int i = 0; i < 500; i++) {
                String organisation = taxIds.organisation(country);
                assertThatCode(() -> TaxId.parse(country, organisation)).doesNotThrowAnyException();
                taxIds.person(country).ifPresent(person ->
                        assertThatCode(() -> TaxId.parse(country, person)).doesNotThrowAnyException());
            }
        }
    }

    @Test
    void the_same_seed_draws_the_same_names() {
        DemoPeople first = new DemoPeople(7, new Random(7));
        DemoPeople second = new DemoPeople(7, new Random(7));
        for (DemoLanguage language : DemoLanguage.values()) {
            assertThat(first.organisationName(language)).isEqualTo(second.organisationName(language));
            assertThat(first.personName(language)).isEqualTo(second.personName(language));
        }
    }

    @Test
    void mail_and_web_addresses_are_written_in_latin_letters() {
        assertThat(DemoLatin.slug("Юлія Коваленко", ".")).isEqualTo("yuliya.kovalenko");
        assertThat(DemoLatin.slug("José Martínez Núñez", ".")).isEqualTo("jose.martinez.nunez");
        assertThat(DemoLatin.slug("王伟", ".")).isEmpty();
    }
}
