package org.reliefledger.reports.statements;

import java.util.Objects;

/**
 * The activity of one income or expense account in one fund over the period.
 *
 * @param fundCode the fund, one of the statement's {@link FundColumn}s
 * @param kind whether the account is income or expense
 * @param accountCode the account's code, e.g. {@code 4000}
 * @param accountName the account's name, e.g. {@code Donations}
 * @param amountMinorUnits the net activity on the account's normal side (credits minus debits for
 *     income, debits minus credits for expenses), in minor units (cents)
 */
public record ActivityLine(
    String fundCode, Kind kind, String accountCode, String accountName, long amountMinorUnits) {

  /** The side of the statement a line belongs to. */
  public enum Kind {
    INCOME,
    EXPENSE
  }

  public ActivityLine {
    Objects.requireNonNull(fundCode, "fundCode");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(accountCode, "accountCode");
    Objects.requireNonNull(accountName, "accountName");
  }
}
