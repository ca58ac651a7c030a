package org.reliefledger.ledger.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount of money in integer minor units (cents) of one currency.
 *
 * <p><em>Guarantees:</em> the amount is exact — parsing never rounds, arithmetic never overflows
 * silently (it throws {@link ArithmeticException}), and two amounts of different currencies are
 * never added or compared. Only currencies with two decimal places are supported, which keeps the
 * decimal string form ({@code "125.00"}) the same for every amount.
 */
public final class Money implements Comparable<Money>, Serializable {

  // Faces keeps a converted field value in the view state between a refused post and the next.
  private static final long serialVersionUID = 1L;

  /** The currency of every amount unless stated otherwise. */
  public static final Currency USD = Currency.getInstance("USD");

  private static final int DECIMALS = 2;
  private static final long MINOR_PER_MAJOR = 100;

  /** Digits, then optionally a point and one or two digits. No sign, no exponent, no spaces. */
  private static final Pattern DECIMAL = Pattern.compile("([0-9]+)(?:\\.([0-9]{1,2}))?");

  private static final Pattern ANY_DECIMAL = Pattern.compile("-?[0-9]+(?:\\.[0-9]+)?");

  private final long minorUnits;
  private final Currency currency;

  private Money(long minorUnits, Currency currency) {
    this.minorUnits = minorUnits;
    this.currency = Objects.requireNonNull(currency, "currency");
  }

  /** An amount of {@code minorUnits} cents in {@code currency}. */
  public static Money ofMinor(long minorUnits, Currency currency) {
    requireTwoDecimals(currency);
    return new Money(minorUnits, currency);
  }

  /** An amount of {@code minorUnits} US cents. */
  public static Money ofMinor(long minorUnits) {
    return new Money(minorUnits, USD);
  }

  public static Money zero(Currency currency) {
    return ofMinor(0, currency);
  }

  /** Parses a non-negative US dollar amount; see {@link #parse(String, Currency)}. */
  public static Money parse(String text) {
    return parse(text, USD);
  }

  /**
   * Parses a non-negative decimal string such as {@code "125.00"}, {@code "5"} or {@code "5.5"}.
   *
   * @throws InvalidAmountException for anything else: more than two decimals, a sign, an exponent,
   *     spaces, an empty string or an amount too large to hold. The message never repeats the
   *     input.
   */
  public static Money parse(String text, Currency currency) {
    requireTwoDecimals(currency);
    if (text == null || text.isEmpty()) {
      throw new InvalidAmountException("an amount is required");
    }
    var matcher = DECIMAL.matcher(text);
    if (!matcher.matches()) {
      throw new InvalidAmountException(describeRefusal(text));
    }
    String fraction = matcher.group(2) == null ? "" : matcher.group(2);
    String paddedFraction = (fraction + "00").substring(0, DECIMALS);
    try {
      long major = Long.parseLong(matcher.group(1));
      long minor =
          Math.addExact(Math.multiplyExact(major, MINOR_PER_MAJOR), Long.parseLong(paddedFraction));
      return new Money(minor, currency);
    } catch (NumberFormatException | ArithmeticException tooLarge) {
      throw new InvalidAmountException("the amount is too large");
    }
  }

  private static String describeRefusal(String text) {
    if (text.startsWith("-")) {
      return ANY_DECIMAL.matcher(text).matches()
          ? "the amount must not be negative"
          : "the amount must be a decimal number such as 125.00";
    }
    if (ANY_DECIMAL.matcher(text).matches()) {
      return "the amount must not have more than two decimal places";
    }
    return "the amount must be a decimal number such as 125.00";
  }

  private static void requireTwoDecimals(Currency currency) {
    Objects.requireNonNull(currency, "currency");
    if (currency.getDefaultFractionDigits() != DECIMALS) {
      throw new IllegalArgumentException(
          "only currencies with two decimal places are supported, not "
              + currency.getCurrencyCode());
    }
  }

  public long minorUnits() {
    return minorUnits;
  }

  public Currency currency() {
    return currency;
  }

  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(Math.addExact(minorUnits, other.minorUnits), currency);
  }

  public Money minus(Money other) {
    requireSameCurrency(other);
    return new Money(Math.subtractExact(minorUnits, other.minorUnits), currency);
  }

  public Money negate() {
    return new Money(Math.negateExact(minorUnits), currency);
  }

  public boolean isPositive() {
    return minorUnits > 0;
  }

  public boolean isNegative() {
    return minorUnits < 0;
  }

  public boolean isZero() {
    return minorUnits == 0;
  }

  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return Long.compare(minorUnits, other.minorUnits);
  }

  private void requireSameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(
          "cannot combine "
              + currency.getCurrencyCode()
              + " with "
              + other.currency.getCurrencyCode());
    }
  }

  /** The exact decimal value, for the edges of the system (JSON, spreadsheets). */
  public BigDecimal toBigDecimal() {
    return BigDecimal.valueOf(minorUnits, DECIMALS);
  }

  /** The decimal string with exactly two places, e.g. {@code "125.00"} or {@code "-0.05"}. */
  public String toDecimalString() {
    return toBigDecimal().toPlainString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Money other
        && minorUnits == other.minorUnits
        && currency.equals(other.currency);
  }

  @Override
  public int hashCode() {
    return Objects.hash(minorUnits, currency);
  }

  /** The decimal string and the currency code, e.g. {@code "125.00 USD"}. */
  @Override
  public String toString() {
    return toDecimalString() + " " + currency.getCurrencyCode();
  }
}
