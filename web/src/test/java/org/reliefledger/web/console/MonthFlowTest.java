package org.reliefledger.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reliefledger.ledger.entity.AccountType;
import org.reliefledger.ledger.entity.AccountView;
import org.reliefledger.ledger.entity.Money;
import org.reliefledger.ledger.entity.TrialBalance;

class MonthFlowTest {

  private static final List<AccountView> CHART =
      List.of(
          new AccountView("1000", "Bank", AccountType.ASSET, Money.ofMinor(0)),
          new AccountView("4000", "Donations", AccountType.INCOME, Money.ofMinor(0)),
          new AccountView("4100", "Grants", AccountType.INCOME, Money.ofMinor(0)),
          new AccountView("5000", "Rent relief", AccountType.EXPENSE, Money.ofMinor(0)));

  private static TrialBalance balance(TrialBalance.Sums... sums) {
    return TrialBalance.of(LocalDate.of(2026, 3, 31), List.of(sums));
  }

  @Test
  void theMonthIsTheDifferenceOfTheTwoTrialBalances() {
    var before =
        balance(
            new TrialBalance.Sums("1000", "GENERAL", 1000_00, 300_00),
            new TrialBalance.Sums("4000", "GENERAL", 0, 1000_00),
            new TrialBalance.Sums("5000", "GENERAL", 300_00, 0));
    var after =
        balance(
            new TrialBalance.Sums("1000", "GENERAL", 1000_00 + 250_00 + 5000_00, 300_00 + 120_00),
            new TrialBalance.Sums("4000", "GENERAL", 0, 1250_00),
            new TrialBalance.Sums("4100", "RENT", 0, 5000_00),
            new TrialBalance.Sums("5000", "GENERAL", 420_00, 0));

    var month = MonthFlow.between(before, after, CHART);

    assertThat(month.in()).isEqualTo(Money.parse("5250.00"));
    assertThat(month.out()).isEqualTo(Money.parse("120.00"));
  }

  @Test
  void aReversedExpenseNetsOut() {
    var before = balance();
    var after =
        balance(
            new TrialBalance.Sums("5000", "GENERAL", 80_00, 80_00),
            new TrialBalance.Sums("1000", "GENERAL", 80_00, 80_00));
    assertThat(MonthFlow.between(before, after, CHART).out().isZero()).isTrue();
  }
}
