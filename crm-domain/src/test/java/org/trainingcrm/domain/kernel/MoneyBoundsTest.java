package org.trainingcrm.domain.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated amounts against the range of {@link Money}: DECIMAL(19,4), |amount| below 10^15.
 * Whatever the text, {@code Money.of} either gives an amount inside the range or refuses it with
 * {@link InvalidValue}, and does so quickly even for exponents of millions.
 */
class MoneyBoundsTest {

    private static final BigDecimal LIMIT = BigDecimal.TEN.pow(Money.MAX_INTEGER_DIGITS);
    private static final Duration QUICK = Duration.ofMillis(250);
    private static final List<String> CURRENCIES = List.of("RUB", "JPY", "EUR", "KZT", "CNY", "KWD", "CLF", "XAU", "rub");
    private static final List<String> SIGNS = List.of("", "-", "+");
    private static final List<String> EXPONENTS = List.of("2147483647", "-2147483648", "2147483648", "99999999999",
            "5000000", "-5000000", "15", "14", "-4", "-5");

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("amounts")
    void any_amount_text_is_kept_in_range_or_refused(String amount, String currency) {
        long started = System.nanoTime();
        Throwable thrown = catchThrowable(() -> {
            Money money = Money.of(amount, currency);
            assertThat(money.amount().abs()).isLessThan(LIMIT);
            assertThat(money.amount().scale()).isBetween(0, Money.MAX_SCALE);
        });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(QUICK);
        if (thrown != null) {
            assertThat(thrown).isInstanceOf(InvalidValue.class);
            assertThat(((InvalidValue) thrown).field()).startsWith("money.");
            assertThat(thrown.getMessage().length()).isLessThan(400);
        }
    }

    @ParameterizedTest(name = "{0}1e{1}")
    @MethodSource("hugeExponents")
    void an_exponent_beyond_the_range_is_refused_without_arithmetic(String sign, int exponent) {
        long started = System.nanoTime();
        assertThatThrownBy(() -> Money.of(sign + "1e" + exponent, "RUB"))
                .isInstanceOf(InvalidValue.class)
                .hasFieldOrPropertyWithValue("field", "money.amount")
                .hasMessageContaining("below 10^15");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(QUICK);
    }

    @ParameterizedTest(name = "1e-{0}")
    @MethodSource("tinyExponents")
    void a_tiny_amount_is_refused_as_needing_rounding(int negativeExponent) {
        assertThatThrownBy(() -> Money.of("1e-" + negativeExponent, "EUR"))
                .isInstanceOf(InvalidValue.class)
                .hasFieldOrPropertyWithValue("field", "money.amount");
    }

    @ParameterizedTest(name = "times {0}")
    @MethodSource("factors")
    void sums_and_products_outside_the_range_are_refused(int factor) {
        Money large = Money.of("999999999999999.99", "RUB");
        assertThatThrownBy(() -> large.times(factor)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> large.plus(large)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> Money.of("-999999999999999.99", "RUB").minus(large))
                .isInstanceOf(InvalidValue.class);
    }

    @Test
    void the_largest_and_smallest_amounts_are_kept() {
        assertThat(Money.of("999999999999999.99", "RUB")).hasToString("999999999999999.99 RUB");
        assertThat(Money.of("-999999999999999", "JPY")).hasToString("-999999999999999 JPY");
        assertThat(Money.of("0e5000000", "RUB")).hasToString("0.00 RUB");
        assertThat(Money.of("0e-5000000", "RUB")).hasToString("0.00 RUB");
        assertThat(Money.of("1e14", "RUB")).hasToString("100000000000000.00 RUB");
        assertThat(Money.of("1.2345", "CLF").amount().scale()).isEqualTo(Money.MAX_SCALE);
    }

    @Test
    void the_reported_cases_are_refused() {
        for (String amount : new String[] {"1000000000000000", "1e20", "1e2147483647", "1e5000000",
                "-1e2147483647", "1E+2147483647", "1e-2147483648", "9".repeat(Money.MAX_TEXT_LENGTH + 1)}) {
            assertThatThrownBy(() -> Money.of(amount, "RUB")).as(amount).isInstanceOf(InvalidValue.class);
        }
        assertThatThrownBy(() -> new Money(new BigDecimal("1e2147483647"), Currency.getInstance("RUB")))
                .isInstanceOf(InvalidValue.class);
    }

    static Stream<Object[]> amounts() {
        return Generated.cases(3000, r -> new Object[] {amount(r), Generated.oneOf(r, CURRENCIES)},
                new Object[] {"", "RUB"}, new Object[] {" ", "RUB"}, new Object[] {"NaN", "RUB"},
                new Object[] {"Infinity", "RUB"}, new Object[] {"1e", "RUB"}, new Object[] {"e5", "RUB"},
                new Object[] {".", "RUB"}, new Object[] {"-", "RUB"}, new Object[] {"0x10", "RUB"},
                new Object[] {"1_000", "RUB"}, new Object[] {"1e5000000", "RUB"}, new Object[] {"1e2147483647", "EUR"});
    }

    static Stream<Object[]> hugeExponents() {
        return Generated.cases(500, r -> new Object[] {Generated.oneOf(r, SIGNS),
                Money.MAX_INTEGER_DIGITS + r.nextInt(Integer.MAX_VALUE - Money.MAX_INTEGER_DIGITS)},
                new Object[] {"", Money.MAX_INTEGER_DIGITS}, new Object[] {"-", Integer.MAX_VALUE});
    }

    static Stream<Integer> tinyExponents() {
        return Generated.cases(500, r -> 3 + r.nextInt(Integer.MAX_VALUE - 3), 3, 5, Integer.MAX_VALUE);
    }

    static Stream<Integer> factors() {
        return Generated.cases(200, r -> 2 + r.nextInt(Integer.MAX_VALUE - 2), 2, Integer.MAX_VALUE);
    }

    private static String amount(SplittableRandom r) {
        String digits = Generated.charsOf(r, "0123456789", 1, 30);
        String text = switch (r.nextInt(4)) {
            case 0 -> digits;
            case 1 -> digits + "e" + (r.nextBoolean() ? Generated.oneOf(r, EXPONENTS) : String.valueOf(r.nextInt()));
            case 2 -> digits + "." + Generated.charsOf(r, "0123456789", 1, 20);
            default -> Generated.anyText(r, 20);
        };
        return Generated.oneOf(r, SIGNS) + text;
    }
}
