package org.reliefledger.web.console;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.reliefledger.ledger.entity.AccountType;
import org.reliefledger.ledger.entity.AccountView;
import org.reliefledger.ledger.entity.Money;
import org.reliefledger.ledger.entity.TrialBalance;

/**
 * Money in (income) and out (expenses) over a period, as the difference of two trial balances: the
 * one at the period's end minus the one the day before it began. Reversals net out by themselves.
 */
public record MonthFlow(Money in, Money out) {

  static MonthFlow between(
      TrialBalance before, TrialBalance atEnd, java.util.List<AccountView> accounts) {
    Map<String, AccountType> types =
        accounts.stream().collect(Collectors.toMap(AccountView::code, AccountView::type));
    Set<String> income = codesOf(types, AccountType.INCOME);
    Set<String> expense = codesOf(types, AccountType.EXPENSE);
    return new MonthFlow(
        credit(atEnd, income).minus(credit(before, income)),
        credit(before, expense).minus(credit(atEnd, expense)));
  }

  private static Set<String> codesOf(Map<String, AccountType> types, AccountType wanted) {
    return types.entrySet().stream()
        .filter(entry -> entry.getValue() == wanted)
        .map(Map.Entry::getKey)
        .collect(Collectors.toSet());
  }

  /** Credits minus debits over the rows of {@code accounts}. */
  private static Money credit(TrialBalance balance, Set<String> accounts) {
    Money sum = Money.ofMinor(0);
    for (TrialBalance.Row row : balance.rows()) {
      if (accounts.contains(row.account())) {
        sum = sum.plus(row.credit()).minus(row.debit());
      }
    }
    return sum;
  }
}
