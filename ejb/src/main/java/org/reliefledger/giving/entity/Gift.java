package org.reliefledger.giving.entity;

import java.time.LocalDate;
import java.util.Objects;
import org.reliefledger.ledger.entity.Account;
import org.reliefledger.ledger.entity.AccountType;
import org.reliefledger.ledger.entity.Fund;
import org.reliefledger.ledger.entity.Money;

/** What every gift has: when, how much, into which fund, deposited on which (asset) account. */
public record Gift(LocalDate date, Money amount, Fund fund, Account depositAccount) {

  public Gift {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(fund, "fund");
    if (depositAccount == null || depositAccount.type() != AccountType.ASSET) {
      throw new IllegalArgumentException("money is deposited on an asset account");
    }
  }
}
