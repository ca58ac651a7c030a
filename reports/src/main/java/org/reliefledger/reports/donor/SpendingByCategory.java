package org.reliefledger.reports.donor;

import java.util.Objects;
import org.reliefledger.reports.SpendingCategory;

/**
 * The money paid out in the month for one category.
 *
 * @param category what the money paid for
 * @param awardCount the number of paid disbursements (awards) in the category
 * @param amountMinorUnits their total, in minor units (cents), net of reversals made in the month;
 *     negative when the month's reversals of earlier months' payments exceed its spending (a
 *     published month is never rewritten, so the correction shows in the month it was made)
 */
public record SpendingByCategory(SpendingCategory category, int awardCount, long amountMinorUnits) {

  public SpendingByCategory {
    Objects.requireNonNull(category, "category");
    if (awardCount < 0) {
      throw new IllegalArgumentException("award counts must not be negative");
    }
  }
}
