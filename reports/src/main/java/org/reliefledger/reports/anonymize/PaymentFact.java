package org.reliefledger.reports.anonymize;

import java.time.YearMonth;
import java.util.Objects;

/**
 * One payment (or reversal of one) as the release family sees it: the month it is counted in, its
 * row (an area, after the year's merge of small areas) and column (a category), who it helped and
 * how much. A reversal is a negative amount in the month it was made, never a change to an earlier
 * month.
 *
 * @param household an opaque token, used only to count distinct households; never released
 */
public record PaymentFact(
    YearMonth month, String row, String column, Object household, long amountMinorUnits) {

  public PaymentFact {
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(row, "row");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(household, "household");
  }

  @Override
  public String toString() {
    return "PaymentFact[" + month + "]";
  }
}
