package org.trainingcrm.domain.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchKeyTest {

    @Nested
    class Of {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
            "José García Márquez|jose garcia marquez",
            "Ñandú Peña|nandu pena",
            "Ёлка|елка",
            "ООО «Ромашка»|ооо «ромашка»",
            "Йошкар-Ола|иошкар-ола",
            "Їжак і Єнот|іжак і єнот",
            "Ґанок|ґанок",
            "Київ|киів",
            "Алматы ҚАЗАҚСТАН|алматы қазақстан",
            "北京大学|北京大学",
            "Ｔｒａｉｎｉｎｇ　ＣＲＭ|training crm",
            "ﾄﾚｰﾆﾝｸﾞ|トレーニング",
            "Straße|strasse",
            "ΟΔΥΣΣΕΥΣ|οδυσσευσ",
            "İstanbul|istanbul",
        })
        void folds_accents_case_and_width(String text, String key) {
            assertThat(SearchKey.of(text)).isEqualTo(key);
        }

        @Test
        void collapses_runs_of_any_whitespace_and_trims() {
            assertThat(SearchKey.of("  Иван \t\n Петров\u00a0\u3000Сидорович  ")).isEqualTo("иван петров сидорович");
        }

        @Test
        void matches_a_name_typed_without_accents_or_in_another_case() {
            assertThat(SearchKey.of("JOSE")).isEqualTo(SearchKey.of("José"));
            assertThat(SearchKey.of("елка")).isEqualTo(SearchKey.of("ЁЛКА"));
            assertThat(SearchKey.of("e\u0301")).isEqualTo(SearchKey.of("\u00e9"));
        }

        @Test
        void keeps_marks_that_change_a_japanese_or_indic_letter() {
            assertThat(SearchKey.of("が")).isEqualTo("が");
            assertThat(SearchKey.of("हिन्दी")).isEqualTo("हिन्दी");
        }

        @Test
        void is_empty_for_nothing() {
            assertThat(SearchKey.of(null)).isEmpty();
            assertThat(SearchKey.of(" \t ")).isEmpty();
        }
    }

    @Nested
    class Suffixes {

        @Test
        void lists_every_suffix_that_does_not_start_with_a_space_cut_to_the_maximum_length() {
            assertThat(SearchKey.suffixes("иван петров", 5))
                    .containsExactly("иван ", "ван п", "ан пе", "н пет", "петро", "етров", "тров", "ров", "ов", "в");
        }

        @Test
        void lists_each_suffix_once() {
            assertThat(SearchKey.suffixes("aaaa", 2)).containsExactly("aa", "a");
        }

        @Test
        void lists_suffixes_of_chinese_text_character_by_character() {
            assertThat(SearchKey.suffixes("北京大学", 10)).containsExactly("北京大学", "京大学", "大学", "学");
        }

        @Test
        void never_splits_a_character_outside_the_basic_plane() {
            assertThat(SearchKey.suffixes("𠀋x", 1)).containsExactly("𠀋", "x");
        }

        @Test
        void lists_nothing_for_an_empty_or_missing_key() {
            assertThat(SearchKey.suffixes("", 3)).isEmpty();
            assertThat(SearchKey.suffixes(null, 3)).isEmpty();
        }

        @Test
        void refuses_a_maximum_length_below_one() {
            assertThatThrownBy(() -> SearchKey.suffixes("abc", 0)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
