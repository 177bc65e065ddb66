package org.trainingcrm.domain.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.TaxIdKind;

class ClientFormTest {

    @Test
    void reads_a_tax_id_of_the_branch_country_or_of_a_country_given() {
        assertThat(ClientForm.organisation("Halyk").taxId("KZ", "940140000385").validate("RU").taxId().kind())
                .isEqualTo(TaxIdKind.KZ_BIN);
        assertThat(ClientForm.organisation("Tencent").taxId("9144030071526726XG").validate("CN").taxId().kind())
                .isEqualTo(TaxIdKind.CN_USCC);
    }

    @Test
    void refuses_a_tax_id_of_a_country_without_rules() {
        assertThatThrownBy(() -> ClientForm.organisation("Siemens").taxId("DE", "123456789").validate("RU"))
                .isInstanceOfSatisfying(InvalidValue.class, e -> {
                    assertThat(e.field()).isEqualTo("client.taxId");
                    assertThat(e.reason()).contains("'DE'");
                });
    }

    @Test
    void accepts_websites_with_or_without_scheme_and_refuses_others() {
        assertThat(ClientForm.organisation("A").website("https://example.com/kurs").validate("RU").website())
                .isEqualTo("https://example.com/kurs");
        assertThat(ClientForm.organisation("A").website("пример.рф").validate("RU").website()).isEqualTo("пример.рф");
        assertThatThrownBy(() -> ClientForm.organisation("A").website("localhost").validate("RU"))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("client.website"));
    }

    @Test
    void refuses_a_form_without_kind() {
        assertThatThrownBy(() -> ClientForm.of(null).shortName("A").validate("RU"))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("client.kind"));
    }
}
