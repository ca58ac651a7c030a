package org.reliefledger.reports.xlsx;

import java.math.BigDecimal;
import java.util.Currency;

/** Converts minor units (cents) to the decimal a cell shows; the only place money leaves long. */
public final class MinorUnits {

  private MinorUnits() {}

  /** The number of decimal places of the currency (2 for USD, 0 for JPY). */
  public static int fractionDigits(Currency currency) {
    return Math.max(0, currency.getDefaultFractionDigits());
  }

  /** {@code 12345} cents of USD is {@code 123.45}; exact, no rounding. */
  public static BigDecimal toDecimal(long minorUnits, Currency currency) {
    return BigDecimal.valueOf(minorUnits, fractionDigits(currency));
  }

  /**
   * The quotient rounded half-even to the minor unit, for averages such as the average award.
   *
   * @throws IllegalArgumentException if the divisor is not positive
   */
  public static long divideRounded(long minorUnits, long divisor) {
    if (divisor <= 0) {
      throw new IllegalArgumentException("divisor must be positive");
    }
    return BigDecimal.valueOf(minorUnits)
        .divide(BigDecimal.valueOf(divisor), 0, java.math.RoundingMode.HALF_EVEN)
        .longValueExact();
  }
}
