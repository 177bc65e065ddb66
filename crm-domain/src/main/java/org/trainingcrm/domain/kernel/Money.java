package org.trainingcrm.domain.kernel;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount of money in one currency, held exactly at the currency's number of minor digits.
 *
 * <p>{@code 1500} roubles is kept as {@code 1500.00 RUB} and {@code 1500} yen as {@code 1500 JPY},
 * so equal amounts are equal records.
 */
public record Money(BigDecimal amount, Currency currency) {

    /**
     * Accepts an amount with no more decimals than the currency has, padding it to exactly that many.
     *
     * @throws InvalidValue under {@code money.amount} or {@code money.currency} if either is
     *     missing, the currency has no minor unit defined, or the amount would need rounding
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
        // trailing zeros are harmless ("10.500" RUB); only a real extra digit would need rounding
        if (amount.stripTrailingZeros().scale() > digits) {
            throw new InvalidValue("money.amount", amount.toPlainString(),
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
     * @throws InvalidValue under {@code money.currency} if the currencies differ
     */
    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    /**
     * This amount decreased by another in the same currency; the result may be negative.
     *
     * @throws InvalidValue under {@code money.currency} if the currencies differ
     */
    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    /** This amount taken the given number of times, such as a price times the number of seats. */
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

    private void requireSameCurrency(Money other) {
        Objects.requireNonNull(other, "other");
        if (!currency.equals(other.currency)) {
            throw new InvalidValue("money.currency", other.currency.getCurrencyCode(),
                    "differs from " + currency.getCurrencyCode() + "; convert before combining amounts");
        }
    }

    private static BigDecimal parseAmount(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidValue("money.amount", raw, "is required");
        }
        try {
            return new BigDecimal(raw.strip());
        } catch (NumberFormatException notANumber) {
            throw new InvalidValue("money.amount", raw, "is not a number written with a dot for decimals");
        }
    }

    private static Currency parseCurrency(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidValue("money.currency", code, "is required");
        }
        try {
            return Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidValue("money.currency", code, "is not an ISO 4217 currency code");
        }
    }
}
