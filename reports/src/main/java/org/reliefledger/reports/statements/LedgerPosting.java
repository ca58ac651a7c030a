package org.reliefledger.reports.statements;

import java.util.Objects;

/**
 * One line of a journal entry.
 *
 * @param accountCode the account's code, e.g. {@code 1000}
 * @param accountName the account's name, e.g. {@code Bank}
 * @param fundCode the fund's code
 * @param debitMinorUnits the debit in minor units (cents), or 0
 * @param creditMinorUnits the credit in minor units (cents), or 0
 */
public record LedgerPosting(
    String accountCode,
    String accountName,
    String fundCode,
    long debitMinorUnits,
    long creditMinorUnits) {

  public LedgerPosting {
    Objects.requireNonNull(accountCode, "accountCode");
    Objects.requireNonNull(accountName, "accountName");
    Objects.requireNonNull(fundCode, "fundCode");
  }
}
