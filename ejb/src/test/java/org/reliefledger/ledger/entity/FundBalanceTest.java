package org.reliefledger.ledger.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FundBalanceTest {

  private final FundBalance balance =
      new FundBalance(Chart.stored(Fund.unrestricted("F", "f"), 50));

  @Test
  void startsEmptyAndFollowsTheChanges() {
    assertThat(balance.cash()).isEqualTo(Money.ofMinor(0));
    balance.apply(Money.ofMinor(1000));
    balance.apply(Money.ofMinor(-400));
    assertThat(balance.cash()).isEqualTo(Money.ofMinor(600));
  }

  @Test
  void canBeSpentToZeroButNotBelow() {
    balance.apply(Money.ofMinor(500));

    assertThat(balance.canAbsorb(Money.ofMinor(-500))).isTrue();
    assertThat(balance.canAbsorb(Money.ofMinor(-501))).isFalse();
    assertThatThrownBy(() -> balance.apply(Money.ofMinor(-501)))
        .isInstanceOf(IllegalStateException.class);
    assertThat(balance.cash()).isEqualTo(Money.ofMinor(500));
  }

  @Test
  void keepsWhatIsHeldForApprovedRequestsButAcceptsMoneyComingIn() {
    balance.apply(Money.ofMinor(500));
    Money held = Money.ofMinor(300);

    assertThat(balance.canAbsorb(Money.ofMinor(-200), held)).isTrue();
    assertThat(balance.canAbsorb(Money.ofMinor(-201), held)).isFalse();
    assertThat(balance.canAbsorb(Money.ofMinor(1), Money.ofMinor(10_000))).isTrue();
  }

  @Test
  void refusesChangesBeyondAnyBalance() {
    balance.apply(Money.ofMinor(1));
    assertThat(balance.canAbsorb(Money.ofMinor(Long.MAX_VALUE))).isFalse();
  }

  @Test
  void needsAStoredFund() {
    assertThatThrownBy(() -> new FundBalance(Fund.unrestricted("G", "g")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
