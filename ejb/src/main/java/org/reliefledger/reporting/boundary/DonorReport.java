package org.reliefledger.reporting.boundary;

import org.reliefledger.reports.SpendingCategory;
import org.reliefledger.reports.donor.DonorMonthlyData;

/** The monthly donor report of a month, or why the ledger cannot be shown that way. */
public sealed interface DonorReport {

  /** The figures, ready to be written. */
  record Ready(DonorMonthlyData data) implements DonorReport {}

  /**
   * A reversal dated in the month took back more of an earlier month's spending in {@code category}
   * than the month spent: the donor report shows no negative spending, so the treasurer should
   * explain this month with the statement of activities instead.
   */
  record ReversalExceedsSpending(SpendingCategory category) implements DonorReport {}
}
