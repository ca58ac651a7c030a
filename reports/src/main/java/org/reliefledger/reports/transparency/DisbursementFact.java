package org.reliefledger.reports.transparency;

import java.time.YearMonth;
import java.util.Objects;
import org.reliefledger.reports.SpendingCategory;

/**
 * One paid disbursement, reduced to what the transparency report may know. There is deliberately no
 * case code, payee, date or justification here: what is not given cannot leak.
 *
 * @param month the month the payment was made (dates are never finer than the month)
 * @param area the coarse neighbourhood or area of the case; {@code null} or blank when not recorded
 *     (reported as "Area not recorded")
 * @param category what the payment was for
 * @param householdToken an opaque label of the household that is random per report (never the case
 *     code), used only to count distinct households; it never appears in the workbook
 * @param amountMinorUnits the amount paid in minor units (cents), net of any reversal; positive
 */
public record DisbursementFact(
    YearMonth month,
    String area,
    SpendingCategory category,
    String householdToken,
    long amountMinorUnits) {

  public DisbursementFact {
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(householdToken, "householdToken");
    if (amountMinorUnits <= 0) {
      throw new IllegalArgumentException("a disbursement amount must be positive");
    }
  }

  /** Keeps the household token out of logs and exception messages. */
  @Override
  public String toString() {
    return "DisbursementFact[" + month + ", " + category + "]";
  }
}
