package org.reliefledger.reports.donor;

import java.util.Objects;

/**
 * A fund's balance at the start and the end of the month.
 *
 * @param fundCode the fund's short code, e.g. {@code RENT-2026}
 * @param fundName the fund's display name
 * @param restricted whether the fund holds money with donor restrictions
 * @param openingMinorUnits the balance at the start of the first day of the month, in minor units
 * @param closingMinorUnits the balance at the end of the last day of the month, in minor units
 */
public record FundBalance(
    String fundCode,
    String fundName,
    boolean restricted,
    long openingMinorUnits,
    long closingMinorUnits) {

  public FundBalance {
    Objects.requireNonNull(fundCode, "fundCode");
    Objects.requireNonNull(fundName, "fundName");
  }
}
