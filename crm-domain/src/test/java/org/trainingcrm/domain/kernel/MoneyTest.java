package org.trainingcrm.domain.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    private static final Currency RUB = Currency.getInstance("RUB");
    private static final Currency JPY = Currency.getInstance("JPY");

    @Nested
    class Creating {

        @ParameterizedTest(name = "{0} {1} is {2}")
        @CsvSource({
            "1500,      RUB, 1500.00 RUB",
            "1500.5,    RUB, 1500.50 RUB",
            "10.500,    RUB, 10.50 RUB",
            "250000,    KZT, 250000.00 KZT",
            "99.9,      CNY, 99.90 CNY",
            "0.01,      EUR, 0.01 EUR",
            "-35.20,    eur, -35.20 EUR",
            "1500,      JPY, 1500 JPY",
            "1500.000,  JPY, 1500 JPY",
            "1E+3,      RUB, 1000.00 RUB",
        })
        void holds_the_amount_at_the_currency_s_number_of_minor_digits(String amount, String code, String text) {
            assertThat(Money.of(amount, code)).hasToString(text);
        }

        @Test
        void equal_amounts_written_differently_are_equal() {
            assertThat(Money.of("1500", "RUB")).isEqualTo(new Money(new BigDecimal("1500.000"), RUB));
            assertThat(Money.of("1500", "RUB").amount().scale()).isEqualTo(2);
            assertThat(Money.of("7", "JPY").amount().scale()).isZero();
        }

        @ParameterizedTest(name = "{0} {1}")
        @CsvSource({"10.005, RUB", "0.001, EUR", "1500.5, JPY", "99.999, CNY"})
        void refuses_an_amount_that_would_need_rounding(String amount, String code) {
            assertThatThrownBy(() -> Money.of(amount, code))
                    .isInstanceOf(InvalidValue.class)
                    .hasFieldOrPropertyWithValue("field", "money.amount")
                    .hasMessageContaining("decimal places for " + code);
        }

        @ParameterizedTest
        @CsvSource({"'1 500', RUB", "'1500,00', RUB", "abc, RUB", "'', RUB"})
        void refuses_an_amount_that_is_not_a_plain_number(String amount, String code) {
            assertThatThrownBy(() -> Money.of(amount, code))
                    .hasFieldOrPropertyWithValue("field", "money.amount");
        }

        @ParameterizedTest
        @CsvSource({"10, ABC", "10, rubles", "10, ''", "10, XAU"})
        void refuses_what_is_not_a_currency_with_minor_units(String amount, String code) {
            assertThatThrownBy(() -> Money.of(amount, code))
                    .hasFieldOrPropertyWithValue("field", "money.currency");
        }

        @Test
        void refuses_missing_parts() {
            assertThatThrownBy(() -> new Money(null, RUB)).hasFieldOrPropertyWithValue("field", "money.amount");
            assertThatThrownBy(() -> new Money(BigDecimal.ONE, null))
                    .hasFieldOrPropertyWithValue("field", "money.currency");
        }

        @Test
        void zero_is_zero_in_its_currency() {
            assertThat(Money.zero(JPY)).hasToString("0 JPY");
            assertThat(Money.zero(RUB).isZero()).isTrue();
        }
    }

    @Nested
    class Arithmetic {

        @Test
        void adds_and_subtracts_amounts_of_one_currency() {
            Money price = Money.of("1500.00", "RUB");
            assertThat(price.plus(Money.of("250.50", "RUB"))).isEqualTo(Money.of("1750.50", "RUB"));
            assertThat(price.minus(Money.of("2000", "RUB"))).isEqualTo(Money.of("-500", "RUB"));
        }

        @Test
        void multiplies_by_a_number_of_items() {
            assertThat(Money.of("1999.99", "KZT").times(3)).isEqualTo(Money.of("5999.97", "KZT"));
            assertThat(Money.of("1200", "JPY").times(0).isZero()).isTrue();
            assertThat(Money.of("12.30", "CNY").times(-2)).hasToString("-24.60 CNY");
        }

        @Test
        void keeps_cents_exact_where_binary_fractions_would_drift() {
            Money sum = Money.zero(Currency.getInstance("EUR"));
            for (int i = 0; i < 10; i++) {
                sum = sum.plus(Money.of("0.10", "EUR"));
            }
            assertThat(sum).isEqualTo(Money.of("1", "EUR"));
        }

        @Test
        void refuses_to_combine_different_currencies() {
            Money roubles = Money.of("100", "RUB");
            Money tenge = Money.of("100", "KZT");
            assertThatThrownBy(() -> roubles.plus(tenge))
                    .isInstanceOf(InvalidValue.class)
                    .hasFieldOrPropertyWithValue("field", "money.currency")
                    .hasFieldOrPropertyWithValue("value", "KZT");
            assertThatThrownBy(() -> roubles.minus(tenge)).hasFieldOrPropertyWithValue("field", "money.currency");
            assertThatThrownBy(() -> roubles.isGreaterThan(tenge))
                    .hasFieldOrPropertyWithValue("field", "money.currency");
        }
    }

    @Nested
    class Comparing {

        @Test
        void tells_negative_zero_and_larger_amounts() {
            assertThat(Money.of("-0.01", "EUR").isNegative()).isTrue();
            assertThat(Money.of("0.00", "EUR").isNegative()).isFalse();
            assertThat(Money.of("-0", "EUR").isZero()).isTrue();
            assertThat(Money.of("100.01", "RUB").isGreaterThan(Money.of("100", "RUB"))).isTrue();
            assertThat(Money.of("100", "RUB").isGreaterThan(Money.of("100.00", "RUB"))).isFalse();
        }
    }
}
