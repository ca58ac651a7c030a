package org.reliefledger.reports.anonymize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A random fund-year published month by month; then an attacker holding every figure ever released
 * for the year (months, quarters, the year, their margins: the donor report's category figures and
 * totals are among them) solves the linear system for every small group of any period.
 */
class ReleaseFamilyPropertyTest {

  private static final int YEAR = 2145;
  private static final int K = 3;

  record Fund(List<String> rows, List<String> columns, List<PaymentFact> facts, int months) {}

  /** About 20 households in about 6 areas, paid at random, with some reversals in later months. */
  static Fund randomFund(long seed, int months) {
    Random random = new Random(seed);
    int areas = 4 + random.nextInt(4);
    List<String> rows = new ArrayList<>();
    for (int a = 1; a <= areas; a++) {
      rows.add("Area " + a);
    }
    List<String> columns =
        List.of("Rent", "Utilities", "Food", "Medical", "Other").subList(0, 3 + random.nextInt(3));
    int households = 15 + random.nextInt(11);
    List<PaymentFact> facts = new ArrayList<>();
    for (int h = 0; h < households; h++) {
      String area = rows.get(random.nextInt(Math.min(areas, 1 + random.nextInt(areas + 2))));
      for (int m = 1; m <= months; m++) {
        int payments = random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(2);
        for (int p = 0; p < payments; p++) {
          String column = columns.get(random.nextInt(columns.size()));
          long amount = 1 + random.nextInt(90_000);
          facts.add(new PaymentFact(YearMonth.of(YEAR, m), area, column, "h" + h, amount));
          if (random.nextInt(12) == 0) {
            int later = m + random.nextInt(months - m + 1);
            facts.add(new PaymentFact(YearMonth.of(YEAR, later), area, column, "h" + h, -amount));
          }
        }
      }
    }
    return new Fund(rows, columns, facts, months);
  }

  static List<ReleasedFigure> publishInOrder(Fund fund) {
    ReleaseFamily family = new ReleaseFamily(fund.rows(), fund.columns(), K);
    List<ReleasedFigure> released = new ArrayList<>();
    for (int m = 1; m <= fund.months(); m++) {
      YearMonth month = YearMonth.of(YEAR, m);
      List<PaymentFact> known =
          fund.facts().stream().filter(f -> !f.month().isAfter(month)).toList();
      released.addAll(family.publish(month, known, List.copyOf(released)));
    }
    return released;
  }

  @Provide
  Arbitrary<Fund> funds() {
    return Combinators.combine(
            Arbitraries.longs().between(0, Long.MAX_VALUE), Arbitraries.integers().between(1, 12))
        .as(ReleaseFamilyPropertyTest::randomFund);
  }

  @Property(tries = 60)
  void noCombinationOfReleasedFiguresGivesASmallGroupAway(@ForAll("funds") Fund fund) {
    List<ReleasedFigure> released = publishInOrder(fund);

    List<List<String>> equations = new ArrayList<>();
    for (ReleasedFigure figure : released) {
      if (figure.shown()) {
        equations.add(unknowns(fund, figure.period(), figure.row(), figure.column()));
        Truth truth = truth(fund, figure.period(), figure.row(), figure.column());
        assertThat(figure.amountMinorUnits()).as("%s", figure).isEqualTo(truth.amount);
        assertThat(figure.households()).as("%s", figure).isEqualTo(truth.households);
        assertThat(truth.isSmall()).as("a small figure is shown: %s", figure).isFalse();
      }
    }
    ExactSpanAttack<String> attack = new ExactSpanAttack<>(equations);
    List<String> recovered = new ArrayList<>();
    for (ReleasePeriod period : periodsReleased(released)) {
      for (String row : orAll(fund.rows())) {
        for (String column : orAll(fund.columns())) {
          if (truth(fund, period, row, column).isSmall()
              && attack.recovers(unknowns(fund, period, row, column))) {
            recovered.add(period + " [" + row + ", " + column + "]");
          }
        }
      }
    }
    assertThat(recovered).as("small groups recovered from %d figures", equations.size()).isEmpty();
  }

  @Property(tries = 30)
  void everyPeriodCompletedIsReleasedWholeAndOnce(@ForAll("funds") Fund fund) {
    List<ReleasedFigure> released = publishInOrder(fund);
    int months = fund.months();

    int cellsPerTable = (fund.rows().size() + 1) * (fund.columns().size() + 1);
    int periods = months + months / 3 + months / 12;
    assertThat(released).hasSize(periods * cellsPerTable);
    Set<String> cells = new HashSet<>();
    for (ReleasedFigure figure : released) {
      assertThat(cells.add(figure.period() + "|" + figure.row() + "|" + figure.column())).isTrue();
    }
  }

  static List<ReleasePeriod> periodsReleased(List<ReleasedFigure> released) {
    return released.stream().map(ReleasedFigure::period).distinct().toList();
  }

  static List<String> orAll(List<String> keys) {
    List<String> all = new ArrayList<>(keys);
    all.add(null);
    return all;
  }

  /** The unknown month-row-column sums a figure adds up, named independently of production. */
  static List<String> unknowns(Fund fund, ReleasePeriod period, String row, String column) {
    List<String> unknowns = new ArrayList<>();
    for (YearMonth month : period.months()) {
      for (String r : fund.rows()) {
        for (String c : fund.columns()) {
          if ((row == null || row.equals(r)) && (column == null || column.equals(c))) {
            unknowns.add(month + "|" + r + "|" + c);
          }
        }
      }
    }
    return unknowns;
  }

  record Truth(int households, int payments, long amount) {
    boolean isSmall() {
      return (households > 0 && households < K) || (payments > 0 && payments < K);
    }
  }

  static Truth truth(Fund fund, ReleasePeriod period, String row, String column) {
    Set<Object> households = new HashSet<>();
    int payments = 0;
    long amount = 0;
    for (PaymentFact fact : fund.facts()) {
      if (period.contains(fact.month())
          && (row == null || row.equals(fact.row()))
          && (column == null || column.equals(fact.column()))) {
        households.add(fact.household());
        payments++;
        amount += fact.amountMinorUnits();
      }
    }
    return new Truth(households.size(), payments, amount);
  }
}
