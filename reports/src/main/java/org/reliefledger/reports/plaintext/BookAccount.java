package org.reliefledger.reports.plaintext;

import java.util.Objects;

/**
 * One account of the chart in one fund, as the plain-text books name it.
 *
 * @param accountCode the chart's code, e.g. {@code 1000}
 * @param accountClass what kind of account it is
 * @param fundCode the fund's code, e.g. {@code GENERAL}
 */
public record BookAccount(String accountCode, AccountClass accountClass, String fundCode) {

  public BookAccount {
    Objects.requireNonNull(accountCode, "accountCode");
    Objects.requireNonNull(accountClass, "accountClass");
    Objects.requireNonNull(fundCode, "fundCode");
  }

  /** {@code Assets:1000:GENERAL}: codes are letters, digits and hyphens, valid in both tools. */
  public String name() {
    return accountClass.root() + ":" + accountCode + ":" + fundCode;
  }
}
