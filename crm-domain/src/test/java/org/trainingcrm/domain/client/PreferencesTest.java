package org.trainingcrm.domain.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.people.Preferences;

class PreferencesTest {

    @Test
    void keeps_each_tag_once_whatever_its_case_accents_or_spaces() {
        Preferences preferences = new Preferences("  ", Arrays.asList("Ёлка", " елка ", "ÉCOLE", "école", null, "",
                "数学"));

        assertThat(preferences.notes()).isNull();
        assertThat(preferences.tags()).containsExactly("Ёлка", "ÉCOLE", "数学");
    }

    @Test
    void refuses_overlong_notes_or_tags_and_too_many_tags() {
        assertThatThrownBy(() -> new Preferences("я".repeat(2001), List.of()))
                .isInstanceOfSatisfying(InvalidValue.class,
                        e -> assertThat(e.field()).isEqualTo("preferences.notes"));
        assertThatThrownBy(() -> new Preferences(null, List.of("x".repeat(61))))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("preferences.tags"));
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 31; i++) {
            many.add("tag " + i);
        }
        assertThatThrownBy(() -> new Preferences(null, many))
                .isInstanceOfSatisfying(InvalidValue.class, e -> {
                    assertThat(e.field()).isEqualTo("preferences.tags");
                    assertThat(e.value()).isEqualTo("31 tags");
                });
    }
}
