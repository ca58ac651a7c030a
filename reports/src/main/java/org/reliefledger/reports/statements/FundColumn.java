package org.reliefledger.reports.statements;

import java.util.Objects;

/**
 * A fund as a column of the statement of activities.
 *
 * @param fundCode the fund's code
 * @param fundName the fund's display name
 * @param restricted whether the fund holds net assets with donor restrictions
 * @param openingNetAssetsMinorUnits the fund's net assets at the start of the period, in minor
 *     units (cents)
 */
public record FundColumn(
    String fundCode, String fundName, boolean restricted, long openingNetAssetsMinorUnits) {

  public FundColumn {
    Objects.requireNonNull(fundCode, "fundCode");
    Objects.requireNonNull(fundName, "fundName");
  }
}
