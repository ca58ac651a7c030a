package org.reliefledger.reports.statements;

import java.util.Objects;

/**
 * One account in one fund with a non-zero balance, on its normal side.
 *
 * @param accountCode the account's code in the chart of accounts, e.g. {@code 1000}
 * @param accountName the account's name, e.g. {@code Bank}
 * @param fundCode the fund's code
 * @param debitMinorUnits the debit balance in minor units (cents), or 0
 * @param creditMinorUnits the credit balance in minor units (cents), or 0
 */
public record TrialBalanceRow(
    String accountCode,
    String accountName,
    String fundCode,
    long debitMinorUnits,
    long creditMinorUnits) {

  public TrialBalanceRow {
    Objects.requireNonNull(accountCode, "accountCode");
    Objects.requireNonNull(accountName, "accountName");
    Objects.requireNonNull(fundCode, "fundCode");
    if (debitMinorUnits < 0 || creditMinorUnits < 0) {
      throw new IllegalArgumentException("trial balance amounts must not be negative");
    }
  }
}
