package org.reliefledger.ledger.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.reliefledger.ledger.entity.Chart.BANK;
import static org.reliefledger.ledger.entity.Chart.CASH;
import static org.reliefledger.ledger.entity.Chart.DONATIONS;
import static org.reliefledger.ledger.entity.Chart.GENERAL;
import static org.reliefledger.ledger.entity.Chart.RENT;
import static org.reliefledger.ledger.entity.Chart.RENT_FUND;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JournalEntryTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

  private static Money usd(String amount) {
    return Money.parse(amount);
  }

  private static JournalEntry donation(String amount) {
    return JournalEntry.on(DAY, "Donation")
        .debit(BANK, GENERAL, usd(amount))
        .credit(DONATIONS, GENERAL, usd(amount))
        .seal(ChainLink.GENESIS);
  }

  @Test
  void sealsABalancedEntryAsTheNextLinkOfTheChain() {
    JournalEntry entry = donation("125.00");

    assertThat(entry.sequenceNumber()).isEqualTo(1);
    assertThat(entry.previousHash()).isEqualTo(ChainLink.GENESIS.hash());
    assertThat(entry.hash())
        .matches("[0-9a-f]{64}")
        .isEqualTo(entry.content().hash("0".repeat(64)));
    assertThat(entry.postings())
        .extracting(Posting::lineNumber, Posting::side, Posting::amount)
        .containsExactly(tuple(1, Side.DEBIT, usd("125.00")), tuple(2, Side.CREDIT, usd("125.00")));

    JournalEntry next =
        JournalEntry.on(DAY, "Second")
            .debit(CASH, GENERAL, usd("1"))
            .credit(BANK, GENERAL, usd("1"))
            .seal(entry.link());
    assertThat(next.sequenceNumber()).isEqualTo(2);
    assertThat(next.previousHash()).isEqualTo(entry.hash());
  }

  @Test
  void acceptsSeveralPostingsWithUnequalAmountsWhenEachFundBalances() {
    var builder =
        JournalEntry.on(DAY, "Split")
            .debit(BANK, GENERAL, usd("100.00"))
            .credit(DONATIONS, GENERAL, usd("60.00"))
            .credit(DONATIONS, GENERAL, usd("40.00"))
            .debit(RENT, RENT_FUND, usd("30.00"))
            .credit(BANK, RENT_FUND, usd("30.00"));

    assertThat(builder.problem()).isEmpty();
    assertThat(builder.funds()).containsExactly(GENERAL, RENT_FUND);
    assertThat(builder.seal(ChainLink.GENESIS).postings()).hasSize(5);
  }

  @Test
  void refusesUnbalancedTotals() {
    var builder =
        JournalEntry.on(DAY, "Typo")
            .debit(BANK, GENERAL, usd("100.00"))
            .credit(DONATIONS, GENERAL, usd("10.00"));

    assertThat(builder.problem()).contains(EntryProblem.UNBALANCED);
    assertThatThrownBy(() -> builder.seal(ChainLink.GENESIS))
        .isInstanceOfSatisfying(
            RefusedEntryException.class,
            e -> assertThat(e.problem()).isEqualTo(EntryProblem.UNBALANCED));
  }

  @Test
  void refusesEntriesThatBalanceOnlyAcrossFunds() {
    var builder =
        JournalEntry.on(DAY, "Moves restricted money to general")
            .debit(BANK, GENERAL, usd("50.00"))
            .credit(BANK, RENT_FUND, usd("50.00"));

    assertThat(builder.problem()).contains(EntryProblem.UNBALANCED_FUND);
  }

  @Test
  void refusesFewerThanTwoPostings() {
    assertThat(JournalEntry.on(DAY, "x").problem()).contains(EntryProblem.TOO_FEW_POSTINGS);
    assertThat(JournalEntry.on(DAY, "x").debit(BANK, GENERAL, usd("1")).problem())
        .contains(EntryProblem.TOO_FEW_POSTINGS);
  }

  @Test
  void refusesTooManyPostings() {
    var builder = JournalEntry.on(DAY, "many");
    for (int i = 0; i <= JournalEntry.MAX_POSTINGS / 2; i++) {
      builder.debit(BANK, GENERAL, usd("1")).credit(DONATIONS, GENERAL, usd("1"));
    }
    assertThat(builder.problem()).contains(EntryProblem.TOO_MANY_POSTINGS);
  }

  @Test
  void refusesZeroAmounts() {
    var builder =
        JournalEntry.on(DAY, "zero")
            .debit(BANK, GENERAL, usd("0"))
            .credit(DONATIONS, GENERAL, usd("0"));
    assertThat(builder.problem()).contains(EntryProblem.NON_POSITIVE_AMOUNT);
  }

  @Test
  void refusesNegativeAmountsThatWouldFlipTheSide() {
    var builder =
        JournalEntry.on(DAY, "negative")
            .debit(BANK, GENERAL, Money.ofMinor(-100))
            .debit(DONATIONS, GENERAL, Money.ofMinor(100));
    assertThat(builder.problem()).contains(EntryProblem.NON_POSITIVE_AMOUNT);
  }

  @Test
  void refusesMixedCurrencies() {
    var builder =
        JournalEntry.on(DAY, "fx")
            .debit(BANK, GENERAL, Money.ofMinor(100, Currency.getInstance("EUR")))
            .credit(DONATIONS, GENERAL, Money.ofMinor(100));
    assertThat(builder.problem()).contains(EntryProblem.MIXED_CURRENCIES);
  }

  @Test
  void refusesTotalsThatDoNotFitInALong() {
    var builder =
        JournalEntry.on(DAY, "huge")
            .debit(BANK, GENERAL, Money.ofMinor(Long.MAX_VALUE))
            .credit(DONATIONS, GENERAL, Money.ofMinor(Long.MAX_VALUE))
            .debit(BANK, GENERAL, Money.ofMinor(Long.MAX_VALUE))
            .credit(DONATIONS, GENERAL, Money.ofMinor(Long.MAX_VALUE));
    assertThat(builder.problem()).contains(EntryProblem.AMOUNT_TOO_LARGE);
  }

  @Test
  void refusesMissingDateAndBadMemo() {
    assertThat(
            JournalEntry.on(null, "m")
                .debit(BANK, GENERAL, usd("1"))
                .credit(DONATIONS, GENERAL, usd("1"))
                .problem())
        .contains(EntryProblem.MISSING_DATE);
    for (String memo : new String[] {null, " ", "x".repeat(JournalEntry.MAX_MEMO_LENGTH + 1)}) {
      assertThat(
              JournalEntry.on(DAY, memo)
                  .debit(BANK, GENERAL, usd("1"))
                  .credit(DONATIONS, GENERAL, usd("1"))
                  .problem())
          .contains(EntryProblem.INVALID_MEMO);
    }
  }

  @Test
  void refusesIdempotencyKeysWithSpacesOrTooLong() {
    for (String key : new String[] {"has space", "", "k".repeat(JournalEntry.MAX_KEY_LENGTH + 1)}) {
      assertThat(
              JournalEntry.on(DAY, "m")
                  .debit(BANK, GENERAL, usd("1"))
                  .credit(DONATIONS, GENERAL, usd("1"))
                  .idempotencyKey(key)
                  .problem())
          .contains(EntryProblem.INVALID_IDEMPOTENCY_KEY);
    }
  }

  @Test
  void recordsTheIdempotencyKeyInTheHash() {
    JournalEntry keyed =
        JournalEntry.on(DAY, "Donation")
            .debit(BANK, GENERAL, usd("125.00"))
            .credit(DONATIONS, GENERAL, usd("125.00"))
            .idempotencyKey("7f3c-0001")
            .seal(ChainLink.GENESIS);

    assertThat(keyed.idempotencyKey()).contains("7f3c-0001");
    assertThat(keyed.hash()).isNotEqualTo(donation("125.00").hash());
  }

  @Test
  void aReversalSwapsEveryPostingAndPointsAtTheOriginal() {
    JournalEntry original = Chart.stored(donation("125.00"), 51L);

    JournalEntry reversal =
        original.reversal(DAY.plusDays(2), "Bounced check").seal(original.link());

    assertThat(reversal.reversesId()).contains(51L);
    assertThat(reversal.postings())
        .extracting(p -> p.account().code(), Posting::side, Posting::amount)
        .containsExactly(
            tuple("1000", Side.CREDIT, usd("125.00")), tuple("4000", Side.DEBIT, usd("125.00")));
    assertThat(reversal.assetChangeByFund())
        .containsExactly(Map.entry("GENERAL", usd("125.00").negate()));
  }

  @Test
  void onlyAStoredEntryCanBeReversed() {
    JournalEntry unsaved = donation("1.00");
    assertThatThrownBy(() -> unsaved.reversal(DAY, "undo"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void reportsTheCashChangeOfEachFundFromItsAssetPostingsOnly() {
    JournalEntry entry =
        JournalEntry.on(DAY, "Mixed")
            .debit(BANK, GENERAL, usd("100.00"))
            .credit(DONATIONS, GENERAL, usd("100.00"))
            .debit(RENT, RENT_FUND, usd("30.00"))
            .credit(BANK, RENT_FUND, usd("30.00"))
            .seal(ChainLink.GENESIS);

    assertThat(entry.assetChangeByFund())
        .containsExactly(
            Map.entry("GENERAL", usd("100.00")), Map.entry("RENT-2026", usd("30.00").negate()));
  }

  @Test
  void toStringCarriesNoMemo() {
    JournalEntry entry =
        JournalEntry.on(DAY, "for Maria Lopez")
            .debit(BANK, GENERAL, usd("1"))
            .credit(DONATIONS, GENERAL, usd("1"))
            .seal(ChainLink.GENESIS);
    assertThat(entry.toString()).doesNotContain("Maria");
    assertThat(entry.content().toString()).doesNotContain("Maria");
  }
}
