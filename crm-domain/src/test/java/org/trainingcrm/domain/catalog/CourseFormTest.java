package org.trainingcrm.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.InvalidValues;
import org.trainingcrm.domain.kernel.Money;

class CourseFormTest {

    private static CourseForm valid() {
        return CourseForm.seminar("  Семинар по МСФО  ").format(CourseFormat.CLASSROOM).on(LocalDate.of(2026, 11, 3))
                .price(" 4500 ", "rub").participants(null, 30);
    }

    @Test
    void trims_text_defaults_the_minimum_to_one_and_reads_the_price() {
        CourseDetails details = valid().validate("RU");

        assertThat(details.title()).isEqualTo("Семинар по МСФО");
        assertThat(details.minParticipants()).isEqualTo(1);
        assertThat(details.price()).isEqualTo(Money.of("4500.00", "RUB"));
        assertThat(details.lecturer()).isNull();
    }

    @Test
    void reads_the_lecturers_phone_in_the_branchs_country() {
        CourseDetails details = valid().lecturer("Иванов И. И.", "д.э.н., профессор", "8 (495) 123-45-67")
                .validate("RU");

        assertThat(details.lecturer().phone().e164()).isEqualTo("+74951234567");
        assertThat(details.lecturer().regalia()).isEqualTo("д.э.н., профессор");
    }

    @Test
    void refuses_a_missing_price_and_a_missing_maximum() {
        assertThatThrownBy(() -> valid().price(null, null).participants(2, null).validate("RU"))
                .isInstanceOfSatisfying(InvalidValues.class, e -> assertThat(e.refusals())
                        .extracting(InvalidValue::field).containsExactly("course.price", "course.maxParticipants"));
    }

    @Test
    void refuses_a_price_with_more_decimals_than_the_currency_has() {
        assertThatThrownBy(() -> valid().price("100.5", "JPY").validate("RU"))
                .isInstanceOfSatisfying(InvalidValue.class, e -> {
                    assertThat(e.field()).isEqualTo("course.price");
                    assertThat(e.value()).isEqualTo("100.5 JPY");
                });
    }
}
