package org.reliefledger.ledger.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrialBalanceTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);

  @Test
  void showsEachBalanceOnTheSideItStandsAndOmitsZeroBalances() {
    var balance =
        TrialBalance.of(
            AS_OF,
            List.of(
                new TrialBalance.Sums("4000", "GENERAL", 0, 50000),
                new TrialBalance.Sums("1000", "GENERAL", 50000, 12500),
                new TrialBalance.Sums("5000", "GENERAL", 12500, 0),
                new TrialBalance.Sums("1010", "GENERAL", 700, 700)));

    assertThat(balance.rows())
        .containsExactly(
            new TrialBalance.Row("1000", "GENERAL", Money.ofMinor(37500), Money.ofMinor(0)),
            new TrialBalance.Row("4000", "GENERAL", Money.ofMinor(0), Money.ofMinor(50000)),
            new TrialBalance.Row("5000", "GENERAL", Money.ofMinor(12500), Money.ofMinor(0)));
    assertThat(balance.totalDebit()).isEqualTo(Money.ofMinor(50000));
    assertThat(balance.totalCredit()).isEqualTo(Money.ofMinor(50000));
    assertThat(balance.balanced()).isTrue();
  }

  @Test
  void saysWhenTheTotalsDiffer() {
    var broken = TrialBalance.of(AS_OF, List.of(new TrialBalance.Sums("1000", "GENERAL", 100, 0)));
    assertThat(broken.balanced()).isFalse();
  }

  @Test
  void anEmptyLedgerBalances() {
    var empty = TrialBalance.of(AS_OF, List.of());
    assertThat(empty.rows()).isEmpty();
    assertThat(empty.balanced()).isTrue();
  }
}
