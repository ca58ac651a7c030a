package org.reliefledger.ledger.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class FundTest {

  @Test
  void anUnrestrictedFundMaySpendOnAnything() {
    assertThat(Chart.GENERAL.maySpendOn(Chart.RENT)).isTrue();
    assertThat(Chart.GENERAL.maySpendOn(Chart.FEES)).isTrue();
    assertThat(Chart.GENERAL.allowedCategories())
        .containsExactlyInAnyOrder(SpendingCategory.values());
  }

  @Test
  void aRestrictedFundMaySpendOnlyOnTheExpenseAccountsOfItsCategories() {
    assertThat(Chart.RENT_FUND.maySpendOn(Chart.RENT)).isTrue();
    assertThat(Chart.MEDICAL_FUND.maySpendOn(Chart.RENT)).isFalse();
    assertThat(Chart.RENT_FUND.maySpendOn(Chart.FEES)).isFalse();
    assertThat(Chart.RENT_FUND.allows(SpendingCategory.RENT)).isTrue();
    assertThat(Chart.RENT_FUND.allows(SpendingCategory.FOOD)).isFalse();
  }

  @Test
  void restrictionDoesNotConcernAssetsOrIncome() {
    assertThat(Chart.RENT_FUND.maySpendOn(Chart.BANK)).isTrue();
    assertThat(Chart.RENT_FUND.maySpendOn(Chart.GRANTS)).isTrue();
  }

  @Test
  void aRestrictedFundNeedsACategory() {
    assertThatThrownBy(() -> Fund.restricted("X", "x", EnumSet.noneOf(SpendingCategory.class)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void codesAreUpperCaseWithoutSeparatorsOfTheCanonicalForm() {
    assertThatThrownBy(() -> Fund.unrestricted("rent", "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fund.unrestricted("A:B", "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Account("1000 ", "x", AccountType.ASSET))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Fund.unrestricted("RENT_2026-A.1", "x").code()).isEqualTo("RENT_2026-A.1");
  }

  @Test
  void entriesRefuseToSpendRestrictedMoneyOutsideItsCategories() {
    var builder =
        JournalEntry.on(LocalDate.of(2026, 3, 1), "fee")
            .debit(Chart.FEES, Chart.RENT_FUND, Money.ofMinor(300))
            .credit(Chart.BANK, Chart.RENT_FUND, Money.ofMinor(300));

    assertThat(builder.problem()).contains(EntryProblem.RESTRICTED_FUND);
    assertThat(builder.fundSpentOutsideItsRestriction()).contains(Chart.RENT_FUND);
  }

  @Test
  void creditingAnExpenseOfARestrictedFundIsNoSpending() {
    var refund =
        JournalEntry.on(LocalDate.of(2026, 3, 1), "landlord refund")
            .debit(Chart.BANK, Chart.MEDICAL_FUND, Money.ofMinor(300))
            .credit(Chart.RENT, Chart.MEDICAL_FUND, Money.ofMinor(300));

    assertThat(refund.problem()).isEmpty();
  }
}
