package org.reliefledger.reports.donor;

/**
 * The grants received in the month. Grantors are not named in the donor report.
 *
 * @param grantCount the number of grant payments received
 * @param amountMinorUnits their total, in minor units (cents)
 */
public record GrantsReceived(int grantCount, long amountMinorUnits) {

  public GrantsReceived {
    if (grantCount < 0 || amountMinorUnits < 0) {
      throw new IllegalArgumentException("grant counts and amounts must not be negative");
    }
  }
}
