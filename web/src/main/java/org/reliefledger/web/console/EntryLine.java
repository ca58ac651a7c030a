package org.reliefledger.web.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reliefledger.ledger.entity.EntryCommand;
import org.reliefledger.ledger.entity.Money;
import org.reliefledger.ledger.entity.Side;

/**
 * One row of the manual journal entry form, as typed: a row without an account is unused. The
 * form's debit/credit difference is checked here before the ledger checks everything again.
 */
public class EntryLine {

  private String account;
  private String fund = "GENERAL";
  private Money debit;
  private Money credit;

  boolean isUsed() {
    return account != null && !account.isBlank();
  }

  /** Whether a used row has exactly one of debit and credit. */
  boolean isOneSided() {
    return (debit == null) != (credit == null);
  }

  EntryCommand.Line toLine() {
    return debit != null
        ? new EntryCommand.Line(account, fund, Side.DEBIT, debit)
        : new EntryCommand.Line(account, fund, Side.CREDIT, credit);
  }

  /** Total debits minus total credits of the used rows. */
  static Money difference(List<EntryLine> rows) {
    Money difference = Money.ofMinor(0);
    for (EntryLine row : rows) {
      if (row.isUsed() && row.debit != null) {
        difference = difference.plus(row.debit);
      }
      if (row.isUsed() && row.credit != null) {
        difference = difference.minus(row.credit);
      }
    }
    return difference;
  }

  /** The index of the first used row that is not one-sided, if any. */
  static Optional<Integer> firstLopsided(List<EntryLine> rows) {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).isUsed() && !rows.get(i).isOneSided()) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  static List<EntryCommand.Line> lines(List<EntryLine> rows) {
    var lines = new ArrayList<EntryCommand.Line>();
    for (EntryLine row : rows) {
      if (row.isUsed()) {
        lines.add(row.toLine());
      }
    }
    return lines;
  }

  public String getAccount() {
    return account;
  }

  public void setAccount(String account) {
    this.account = account;
  }

  public String getFund() {
    return fund;
  }

  public void setFund(String fund) {
    this.fund = fund;
  }

  public Money getDebit() {
    return debit;
  }

  public void setDebit(Money debit) {
    this.debit = debit;
  }

  public Money getCredit() {
    return credit;
  }

  public void setCredit(Money credit) {
    this.credit = credit;
  }
}
