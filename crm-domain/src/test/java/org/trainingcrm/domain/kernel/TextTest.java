package org.trainingcrm.domain.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void trims_and_treats_blank_as_absent() {
        assertThat(Text.optional("note", "  привет ", 10)).isEqualTo("привет");
        assertThat(Text.optional("note", " \t ", 10)).isNull();
        assertThat(Text.optional("note", null, 10)).isNull();
    }

    @Test
    void counts_characters_not_utf16_units() {
        // five CJK characters outside the basic plane are ten UTF-16 units
        String fiveRareHanzi = "𠀀𠀁𠀂𠀃𠀄";
        assertThat(Text.required("name", fiveRareHanzi, 5)).isEqualTo(fiveRareHanzi);
    }

    @Test
    void refuses_missing_required_text_and_text_too_long() {
        assertThatThrownBy(() -> Text.required("client.shortName", " ", 10))
                .isInstanceOfSatisfying(InvalidValue.class, e -> {
                    assertThat(e.field()).isEqualTo("client.shortName");
                    assertThat(e.reason()).isEqualTo("is required");
                });
        assertThatThrownBy(() -> Text.optional("client.address", "x".repeat(11), 10))
                .hasMessageContaining("longer than 10");
    }
}
