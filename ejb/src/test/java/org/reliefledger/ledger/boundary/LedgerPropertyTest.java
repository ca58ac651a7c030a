package org.reliefledger.ledger.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.reliefledger.ledger.entity.ChainVerification;
import org.reliefledger.ledger.entity.EntryCommand;
import org.reliefledger.ledger.entity.EntryResult;
import org.reliefledger.ledger.entity.FundView;
import org.reliefledger.ledger.entity.Money;
import org.reliefledger.ledger.entity.Side;
import org.reliefledger.ledger.entity.SpendingCategory;
import org.reliefledger.testing.JpaBoundary;
import org.reliefledger.testing.TestDatabase;

/**
 * Random requests, valid or not, against one growing ledger in H2: whatever is posted, the trial
 * balance stays balanced, the cash rows equal the postings and the chain verifies; whatever is
 * refused changes nothing.
 */
class LedgerPropertyTest {

  private static TestDatabase database;
  private static EntityManagerFactory instance;
  private static JpaBoundary<Ledger> ledger;

  @BeforeContainer
  static void start() {
    database = TestDatabase.h2();
    instance = database.newInstance();
    ledger = new JpaBoundary<>(instance, Ledger.class);
    ledger.call(l -> l.addFund("RENT", "Rent", true, EnumSet.of(SpendingCategory.RENT)));
  }

  @AfterContainer
  static void stop() {
    ledger.close();
    instance.close();
    database.close();
  }

  @Provide
  Arbitrary<EntryCommand.Line> line() {
    return Combinators.combine(
            Arbitraries.frequency(
                Tuple.of(10, "1000"),
                Tuple.of(5, "1010"),
                Tuple.of(5, "2000"),
                Tuple.of(10, "4000"),
                Tuple.of(10, "5000"),
                Tuple.of(5, "5100")),
            Arbitraries.of("GENERAL", "RENT"),
            Arbitraries.of(Side.values()),
            Arbitraries.longs().between(1, 50_000))
        .as(
            (account, fund, side, minor) ->
                new EntryCommand.Line(account, fund, side, Money.ofMinor(minor)));
  }

  /**
   * Either random lines (mostly refused) or a balanced pair (often posted, sometimes overdrawn).
   */
  @Provide
  Arbitrary<EntryCommand> command() {
    Arbitrary<EntryCommand> random =
        line()
            .list()
            .ofMaxSize(5)
            .map(lines -> new EntryCommand(LocalDate.of(2026, 5, 1), "random", lines));
    Arbitrary<EntryCommand> balanced =
        Combinators.combine(line(), Arbitraries.of("1000", "4000", "5000"))
            .as(
                (l, counterpart) ->
                    new EntryCommand(
                        LocalDate.of(2026, 5, 2),
                        "balanced",
                        List.of(
                            l,
                            new EntryCommand.Line(
                                counterpart, l.fund(), l.side().opposite(), l.amount()))));
    Arbitrary<EntryCommand> payment =
        Combinators.combine(
                Arbitraries.of("GENERAL", "RENT"), Arbitraries.longs().between(1, 500_000))
            .as(
                (fund, minor) ->
                    new EntryCommand(
                        LocalDate.of(2026, 5, 3),
                        "payment",
                        List.of(
                            new EntryCommand.Line("5000", fund, Side.DEBIT, Money.ofMinor(minor)),
                            new EntryCommand.Line(
                                "1000", fund, Side.CREDIT, Money.ofMinor(minor)))));
    return Arbitraries.frequencyOf(
        Tuple.of(1, random), Tuple.of(2, balanced), Tuple.of(1, payment));
  }

  @Property(tries = 150)
  void postedOrRefusedTheBooksStayRight(@ForAll("command") EntryCommand command) {
    long before = count();
    Map<String, Money> cashBefore = cash();

    EntryResult result = ledger.call(l -> l.post(command, null));
    Statistics.label("outcome").collect(result.getClass().getSimpleName());
    Statistics.label("outcome")
        .coverage(
            outcomes -> {
              outcomes.check("Posted").count(n -> n >= 20);
              outcomes.check("Unbalanced").count(n -> n >= 20);
              outcomes.check("InsufficientFunds").count(n -> n >= 5);
            });

    if (result instanceof EntryResult.Posted) {
      assertThat(count()).isEqualTo(before + 1);
    } else {
      assertThat(count()).isEqualTo(before);
      assertThat(cash()).isEqualTo(cashBefore);
    }
    assertThat(ledger.call(l -> l.trialBalance(LocalDate.of(2026, 12, 31))).balanced()).isTrue();
    assertThat(ledger.call(Ledger::cashRowsMatchPostings)).isTrue();
    assertThat(cash().values()).allSatisfy(m -> assertThat(m.isNegative()).isFalse());
    assertThat(ledger.call(Ledger::verify)).isInstanceOf(ChainVerification.Intact.class);
  }

  private static long count() {
    return ledger
        .call(l -> l.entries(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 1, 0))
        .total();
  }

  private static Map<String, Money> cash() {
    return ledger.call(
        l -> l.funds().stream().collect(Collectors.toMap(FundView::code, FundView::balance)));
  }
}
