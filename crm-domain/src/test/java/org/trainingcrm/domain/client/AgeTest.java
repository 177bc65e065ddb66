package org.trainingcrm.domain.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.trainingcrm.domain.people.Age;

class AgeTest {

    @ParameterizedTest(name = "born {0}, on {1}: {2} years")
    @CsvSource({
        "2008-09-01, 2026-08-31, 17",
        "2008-09-01, 2026-09-01, 18",
        "2008-09-01, 2026-09-02, 18",
        "2008-09-01, 2008-09-01, 0",
        "2008-12-31, 2026-01-01, 17",
        // born on 29 February: the year ends on 28 February when the month has no 29th
        "2008-02-29, 2026-02-27, 17",
        "2008-02-29, 2026-02-28, 18",
        "2008-02-29, 2028-02-28, 19",
        "2008-02-29, 2028-02-29, 20",
        "2004-02-29, 2005-02-28, 1",
    })
    void counts_whole_years_lived_on_a_day(LocalDate born, LocalDate day, int years) {
        assertThat(Age.on(born, day)).isEqualTo(years);
    }

    @ParameterizedTest(name = "born {0}: minor on {1} is {2}")
    @CsvSource({
        "2008-09-01, 2026-08-31, true",
        "2008-09-01, 2026-09-01, false",
        "2008-02-29, 2026-02-27, true",
        "2008-02-29, 2026-02-28, false",
        "2010-02-28, 2028-02-27, true",
        "2010-02-28, 2028-02-28, false",
        "2026-09-01, 2026-01-01, true",
    })
    void is_a_minor_until_the_eighteenth_birthday(LocalDate born, LocalDate day, boolean minor) {
        assertThat(Age.isMinorOn(born, day)).isEqualTo(minor);
    }

    @Test
    void comes_of_age_on_28_february_when_born_on_29_february() {
        assertThat(Age.ofMajority(LocalDate.of(2008, 2, 29))).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(Age.ofMajority(LocalDate.of(2012, 2, 29))).isEqualTo(LocalDate.of(2030, 2, 28));
        assertThat(Age.ofMajority(LocalDate.of(2014, 2, 28))).isEqualTo(LocalDate.of(2032, 2, 28));
    }

    @Test
    void has_no_age_before_the_birth_date() {
        assertThatThrownBy(() -> Age.on(LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
