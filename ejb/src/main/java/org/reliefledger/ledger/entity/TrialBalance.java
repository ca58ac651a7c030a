package org.reliefledger.ledger.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The balance of every account within every fund on a date, each shown on the side it stands on.
 *
 * <p><em>Guarantees:</em> one row per account and fund with a non-zero balance; exactly one of
 * debit and credit is non-zero in each row; rows sorted by account then fund. The totals are equal
 * whenever the journal is balanced — {@link #balanced()} says whether they are.
 */
public record TrialBalance(LocalDate asOf, List<Row> rows, Money totalDebit, Money totalCredit) {

  /** The balance of one account in one fund. */
  public record Row(String account, String fund, Money debit, Money credit) {}

  /** The summed postings of one account in one fund, as the database adds them up. */
  public record Sums(String account, String fund, long debits, long credits) {}

  public TrialBalance {
    rows = List.copyOf(rows);
  }

  /**
   * Nets the sums of each account and fund into a row on the side its balance stands.
   *
   * @throws ArithmeticException if the totals do not fit in minor units of a {@code long}
   */
  public static TrialBalance of(LocalDate asOf, List<Sums> sums) {
    var rows = new ArrayList<Row>();
    Money totalDebit = Money.ofMinor(0);
    Money totalCredit = Money.ofMinor(0);
    for (Sums sum : sums) {
      Money net = Money.ofMinor(Math.subtractExact(sum.debits(), sum.credits()));
      if (net.isZero()) {
        continue;
      }
      Money debit = net.isPositive() ? net : Money.ofMinor(0);
      Money credit = net.isNegative() ? net.negate() : Money.ofMinor(0);
      rows.add(new Row(sum.account(), sum.fund(), debit, credit));
      totalDebit = totalDebit.plus(debit);
      totalCredit = totalCredit.plus(credit);
    }
    rows.sort(Comparator.comparing(Row::account).thenComparing(Row::fund));
    return new TrialBalance(asOf, rows, totalDebit, totalCredit);
  }

  public boolean balanced() {
    return totalDebit.equals(totalCredit);
  }
}
