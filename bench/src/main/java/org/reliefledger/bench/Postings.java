package org.reliefledger.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.reliefledger.ledger.entity.EntryCommand;
import org.reliefledger.ledger.entity.Money;
import org.reliefledger.ledger.entity.Side;

/**
 * The entries every posting benchmark sends: two postings each, half donations into a fund's bank
 * account and half rent paid out of it, so cash goes up and down and the overdraft check matters.
 */
final class Postings {

  static final LocalDate DAY = LocalDate.of(2026, 3, 2);
  static final String BANK = "1000";
  static final String DONATIONS = "4000";
  static final String RENT = "5000";

  private Postings() {}

  /** Fund codes {@code BENCH-00} .. for {@code count} funds. */
  static List<String> funds(int count) {
    return IntStream.range(0, count).mapToObj(i -> String.format("BENCH-%02d", i)).toList();
  }

  /** One of the next entry's two shapes, on a random fund of {@code funds}. */
  static Draft next(List<String> funds) {
    var random = ThreadLocalRandom.current();
    String fund = funds.get(random.nextInt(funds.size()));
    return random.nextBoolean()
        ? new Draft(fund, BANK, DONATIONS, random.nextLong(1_000, 10_000))
        : new Draft(fund, RENT, BANK, random.nextLong(100, 5_000));
  }

  /** The donation that gives a fund its opening cash. */
  static Draft opening(String fund) {
    return new Draft(fund, BANK, DONATIONS, 100_000);
  }

  /** Debit {@code debitAccount} and credit {@code creditAccount} of {@code fund} by the amount. */
  record Draft(String fund, String debitAccount, String creditAccount, long cents) {

    EntryCommand command() {
      Money amount = Money.ofMinor(cents);
      return new EntryCommand(
          DAY,
          "Benchmark",
          List.of(
              new EntryCommand.Line(debitAccount, fund, Side.DEBIT, amount),
              new EntryCommand.Line(creditAccount, fund, Side.CREDIT, amount)));
    }

    String json() {
      String amount = Money.ofMinor(cents).toDecimalString();
      return String.format(
          "{\"date\":\"%s\",\"memo\":\"Benchmark\",\"postings\":["
              + "{\"account\":\"%s\",\"fund\":\"%s\",\"debit\":\"%s\"},"
              + "{\"account\":\"%s\",\"fund\":\"%s\",\"credit\":\"%s\"}]}",
          DAY, debitAccount, fund, amount, creditAccount, fund, amount);
    }
  }
}
