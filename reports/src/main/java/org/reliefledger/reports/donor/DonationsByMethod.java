package org.reliefledger.reports.donor;

import java.util.Objects;

/**
 * The gifts of the month paid one way. No donor is named: only how many gifts and how much.
 *
 * @param method how the gifts were paid
 * @param giftCount the number of gifts
 * @param amountMinorUnits their total, in minor units (cents)
 */
public record DonationsByMethod(DonationMethod method, int giftCount, long amountMinorUnits) {

  public DonationsByMethod {
    Objects.requireNonNull(method, "method");
    if (giftCount < 0 || amountMinorUnits < 0) {
      throw new IllegalArgumentException("gift counts and amounts must not be negative");
    }
  }
}
