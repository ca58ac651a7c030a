package org.reliefledger.reports.donor;

import java.time.YearMonth;
import java.util.Objects;

/**
 * Money in and money out of one month, for the 12-month trend.
 *
 * @param month the month
 * @param moneyInMinorUnits donations and grants received, in minor units (cents)
 * @param moneyOutMinorUnits disbursements paid, in minor units (cents)
 */
public record MonthlyFlow(YearMonth month, long moneyInMinorUnits, long moneyOutMinorUnits) {

  public MonthlyFlow {
    Objects.requireNonNull(month, "month");
  }
}
