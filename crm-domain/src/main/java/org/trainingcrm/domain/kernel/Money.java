package org.trainingcrm.domain.kernel;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

/**
 * An amount of money in one currency, held exactly at the currency's number of minor digits.
 *
 * <p>{@code 1500} roubles is kept as {@code 1500.00 RUB} and {@code 1500} yen as {@code 1500 JPY},
 * so equal amounts are equal records.
 *
 * <p>The range is what the store's {@code DECIMAL(19,4)} columns hold: an amount is below
 * 10<sup>15</sup> in absolute value ({@value #MAX_INTEGER_DIGITS} digits before the point) and
 * has at most {@value #MAX_SCALE} decimals, so currencies with more minor digits are refused.
 * Every amount is checked against the range before any scaling or arithmetic, and the results of
 * {@link #plus}, {@link #minus} and {@link #times} are checked again: nothing outside it ever
 * reaches the database, and an exponent such as {@code 1e5000000} is refused at once.
 */
public record Money(BigDecimal amount, Currency currency) {

    /** Digits a stored amount may have in all ({@code DECIMAL(19,4)}). */
    public static final int PRECISION = 19;

    /** Decimal places a stored amount may have ({@code DECIMAL(19,4)}). */
    public static final int MAX_SCALE = 4;

    /** Digits an amount may have before the decimal point: its absolute value is below 10^15. */
    public static final int MAX_INTEGER_DIGITS = PRECISION - MAX_SCALE;

    /** The longest text {@link #of} reads; a real amount with its decimals is far shorter. */
    public static final int MAX_TEXT_LENGTH = 64;

    /**
     * Accepts an amount with no more decimals than the currency has, padding it to exactly that many.
     *
     * @throws InvalidValue under {@code money.amount} or {@code money.currency} if either is
     *     missing, the currency has no minor unit defined or more than {@value #MAX_SCALE}, the
     *     amount is 10^15 or more in absolute value, or it would need rounding
     */
    public Money {
        if (currency == null) {
            throw new InvalidValue("money.currency", null, "is required");
        }
        if (amount == null) {
            throw new InvalidValue("money.amount", null, "is required");
        }
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0) {
            throw new InvalidValue("money.currency", currency.getCurrencyCode(),
                    "has no minor unit, so it cannot be an amount of money");
        }
        if (digits > MAX_SCALE) {
            throw new InvalidValue("money.currency", currency.getCurrencyCode(),
                    "has " + digits + " minor digits, more than the " + MAX_SCALE + " amounts are kept with");
        }
        amount = withinRange(amount);
        // trailing zeros are harmless ("10.500" RUB); only a real extra digit would need rounding
        if (amount.stripTrailingZeros().scale() > digits) {
            throw new InvalidValue("money.amount", amount.toString(),
                    "has more than " + digits + " decimal places for " + currency.getCurrencyCode());
        }
        amount = amount.setScale(digits);
    }

    /**
     * Reads an amount written with a dot for decimals, such as {@code "1500.50"}, in the currency
     * with the given ISO 4217 code.
     *
     * @throws InvalidValue under {@code money.amount} or {@code money.currency} if either is unreadable
     */
    public static Money of(String amount, String currencyCode) {
        return new Money(parseAmount(amount), parseCurrency(currencyCode));
    }

    /** No money at all in the given currency. */
    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /**
     * This amount increased by another in the same currency.
     *
     * @throws InvalidValue under {@code money.currency} if the currencies differ, or under
     *     {@code money.amount} if the sum is outside the range
     */
    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    /**
     * This amount decreased by another in the same currency; the result may be negative.
     *
     * @throws InvalidValue under {@code money.currency} if the currencies differ, or under
     *     {@code money.amount} if the difference is outside the range
     */
    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    /**
     * This amount taken the given number of times, such as a price times the number of seats.
     *
     * @throws InvalidValue under {@code money.amount} if the product is outside the range
     */
    public Money times(int factor) {
        return new Money(amount.multiply(BigDecimal.valueOf(factor)), currency);
    }

    /** True when the amount is below zero, such as a debt or a refund. */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /** True when the amount is exactly zero. */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /**
     * True when this amount is larger than another in the same currency.
     *
     * @throws InvalidValue under {@code money.currency} if the currencies differ
     */
    public boolean isGreaterThan(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount) > 0;
    }

    /** The amount and the currency code, such as {@code "1500.00 RUB"}. */
    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }

    /**
     * The amount if it lies in the range, zero for any zero; decided from its precision and scale
     * alone, so a huge exponent costs nothing. Values are shown in scientific form, which stays short.
     */
    private static BigDecimal withinRange(BigDecimal amount) {
        if (amount.signum() == 0) {
            return BigDecimal.ZERO;
        }
        // digits before the point; long, since the scale may be near Integer.MIN_VALUE
        long integerDigits = (long) amount.precision() - amount.scale();
        if (integerDigits > MAX_INTEGER_DIGITS) {
            throw new InvalidValue("money.amount", amount.toString(),
                    "must be below 10^" + MAX_INTEGER_DIGITS + " in absolute value");
        }
        if (amount.precision() > MAX_TEXT_LENGTH * 2) {
            throw new InvalidValue("money.amount", amount.toString(), "has too many digits");
        }
        return amount;
    }

    private void requireSameCurrency(Money other) {
        if (other == null) {
            throw new InvalidValue("money.other", null, "is required");
        }
        if (!currency.equals(other.currency)) {
            throw new InvalidValue("money.currency", other.currency.getCurrencyCode(),
                    "differs from " + currency.getCurrencyCode() + "; convert before combining amounts");
        }
    }

    private static BigDecimal parseAmount(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidValue("money.amount", raw, "is required");
        }
        String text = ControlCharacters.refuse("money.amount", raw.strip());
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new InvalidValue("money.amount", raw, "is longer than " + MAX_TEXT_LENGTH + " characters");
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException notANumber) {
            throw new InvalidValue("money.amount", raw, "is not a number written with a dot for decimals");
        }
    }

    private static Currency parseCurrency(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidValue("money.currency", code, "is required");
        }
        String text = ControlCharacters.refuse("money.currency", code.strip());
        try {
            return Currency.getInstance(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidValue("money.currency", code, "is not an ISO 4217 currency code");
        }
    }
}
