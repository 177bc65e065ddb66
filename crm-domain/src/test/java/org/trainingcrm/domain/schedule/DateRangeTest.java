package org.trainingcrm.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.trainingcrm.domain.kernel.InvalidValue;

class DateRangeTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 10, 14);

    @Test
    void a_week_starts_on_the_first_weekday_of_the_users_country() {
        assertThat(DateRange.weekOf(WEDNESDAY, Locale.forLanguageTag("uk-UA")))
                .isEqualTo(DateRange.of(LocalDate.of(2026, 10, 12), LocalDate.of(2026, 10, 18)));
        assertThat(DateRange.weekOf(WEDNESDAY, Locale.US))
                .isEqualTo(DateRange.of(LocalDate.of(2026, 10, 11), LocalDate.of(2026, 10, 17)));
    }

    @Test
    void a_day_runs_from_its_midnight_to_the_next() {
        DateRange day = DateRange.day(WEDNESDAY);

        assertThat(day.start()).isEqualTo(LocalDateTime.of(2026, 10, 14, 0, 0));
        assertThat(day.endExclusive()).isEqualTo(LocalDateTime.of(2026, 10, 15, 0, 0));
    }

    @Test
    void refuses_an_end_before_the_start_and_missing_days() {
        assertThatThrownBy(() -> DateRange.of(WEDNESDAY, WEDNESDAY.minusDays(1)))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("range.to"));
        assertThatThrownBy(() -> DateRange.of(null, WEDNESDAY))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("range.from"));
    }
}
