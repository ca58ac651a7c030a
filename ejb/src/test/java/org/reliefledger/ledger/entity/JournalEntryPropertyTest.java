package org.reliefledger.ledger.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Random entries built from balanced transfers are always accepted and balanced; the same entries
 * with one posting disturbed are always refused.
 */
class JournalEntryPropertyTest {

  /** One posting as generated, before it becomes part of an entry. */
  record Line(Account account, Fund fund, Side side, long minor) {}

  /**
   * Debits one account and credits one or two others, all in one fund, for the same total: every
   * entry made of such transfers balances, in total and per fund.
   */
  @Provide
  Arbitrary<List<Line>> transfer() {
    Arbitrary<Account> account = Arbitraries.of(Chart.ACCOUNTS);
    Arbitrary<Fund> fund = Arbitraries.of(Chart.FUNDS);
    Arbitrary<Long> amount = Arbitraries.longs().between(2, 10_000_000_00L);
    return Combinators.combine(
            account, account, account, fund, amount, Arbitraries.doubles().between(0, 1))
        .as(
            (chosenDebit, credited, alsoCredited, inFund, total, share) -> {
              Account debited = inFund.maySpendOn(chosenDebit) ? chosenDebit : Chart.BANK;
              long first = Math.max(1, Math.min(total - 1, (long) (total * share)));
              if (share < 0.5) {
                return List.of(
                    new Line(debited, inFund, Side.DEBIT, total),
                    new Line(credited, inFund, Side.CREDIT, total));
              }
              return List.of(
                  new Line(debited, inFund, Side.DEBIT, total),
                  new Line(credited, inFund, Side.CREDIT, first),
                  new Line(alsoCredited, inFund, Side.CREDIT, total - first));
            });
  }

  @Provide
  Arbitrary<List<Line>> balancedLines() {
    return transfer()
        .list()
        .ofMinSize(1)
        .ofMaxSize(6)
        .map(
            transfers -> {
              var lines = new ArrayList<Line>();
              transfers.forEach(lines::addAll);
              return lines;
            })
        .flatMap(lines -> Arbitraries.shuffle(lines));
  }

  static JournalEntry.Builder draft(List<Line> lines) {
    var builder = JournalEntry.on(LocalDate.of(2026, 1, 15), "generated");
    lines.forEach(l -> builder.add(l.account(), l.fund(), l.side(), Money.ofMinor(l.minor())));
    return builder;
  }

  @Property
  void balancedLinesAlwaysMakeAnEntryThatBalancesPerFund(
      @ForAll("balancedLines") List<Line> lines) {
    JournalEntry entry = draft(lines).seal(ChainLink.GENESIS);

    Map<String, Long> debitMinusCreditByFund = new HashMap<>();
    long debits = 0;
    long credits = 0;
    for (Posting posting : entry.postings()) {
      assertThat(posting.amount().isPositive()).isTrue();
      debitMinusCreditByFund.merge(
          posting.fund().code(), posting.debitMinusCredit().minorUnits(), Long::sum);
      if (posting.side() == Side.DEBIT) {
        debits += posting.amount().minorUnits();
      } else {
        credits += posting.amount().minorUnits();
      }
    }
    assertThat(debits).isEqualTo(credits);
    assertThat(debitMinusCreditByFund.values()).containsOnly(0L);
    assertThat(entry.postings()).hasSameSizeAs(lines);
  }

  @Property
  void changingOneAmountIsRefused(
      @ForAll("balancedLines") List<Line> lines,
      @ForAll @IntRange(min = 0, max = 100) int which,
      @ForAll @IntRange(min = 1, max = 1_000_000) int delta) {
    var disturbed = new ArrayList<>(lines);
    int index = which % lines.size();
    Line line = disturbed.get(index);
    disturbed.set(index, new Line(line.account(), line.fund(), line.side(), line.minor() + delta));

    assertRefused(disturbed, EntryProblem.UNBALANCED);
  }

  @Property
  void movingOnePostingToAnotherFundIsRefused(
      @ForAll("balancedLines") List<Line> lines, @ForAll @IntRange(min = 0, max = 100) int which) {
    var disturbed = new ArrayList<>(lines);
    int index = which % lines.size();
    Line line = disturbed.get(index);
    Fund other = Chart.FUNDS.get((Chart.FUNDS.indexOf(line.fund()) + 1) % Chart.FUNDS.size());
    disturbed.set(index, new Line(line.account(), other, line.side(), line.minor()));

    assertRefused(disturbed, EntryProblem.UNBALANCED_FUND);
  }

  @Property
  void flippingOneSideIsRefused(
      @ForAll("balancedLines") List<Line> lines, @ForAll @IntRange(min = 0, max = 100) int which) {
    var disturbed = new ArrayList<>(lines);
    int index = which % lines.size();
    Line line = disturbed.get(index);
    disturbed.set(
        index, new Line(line.account(), line.fund(), line.side().opposite(), line.minor()));

    assertRefused(disturbed, EntryProblem.UNBALANCED);
  }

  @Property
  void droppingAllButOnePostingIsRefused(@ForAll("balancedLines") @Size(min = 1) List<Line> lines) {
    assertRefused(lines.subList(0, 1), EntryProblem.TOO_FEW_POSTINGS);
  }

  private static void assertRefused(List<Line> lines, EntryProblem expected) {
    var builder = draft(lines);
    assertThat(builder.problem()).contains(expected);
    assertThatThrownBy(() -> builder.seal(ChainLink.GENESIS))
        .isInstanceOf(RefusedEntryException.class);
  }
}
