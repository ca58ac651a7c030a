package org.reliefledger.reports.anonymize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReleaseFamilyTest {

  private static final YearMonth JAN = YearMonth.of(2145, 1);
  private static final YearMonth FEB = YearMonth.of(2145, 2);
  private static final YearMonth MAR = YearMonth.of(2145, 3);

  private final ReleaseFamily family =
      new ReleaseFamily(List.of("North", "South"), List.of("Rent", "Food"), 3);

  private static List<PaymentFact> households(
      YearMonth month, String area, String category, int count, String prefix) {
    List<PaymentFact> facts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      facts.add(new PaymentFact(month, area, category, prefix + i, 10_000));
    }
    return facts;
  }

  private static ReleasedFigure figure(
      List<ReleasedFigure> figures, ReleasePeriod period, String row, String column) {
    return figures.stream().filter(f -> f.sameCell(period, row, column)).findFirst().orElseThrow();
  }

  @Test
  void a_month_with_one_payment_does_not_show_its_total() {
    List<PaymentFact> facts = households(JAN, "North", "Rent", 1, "n");

    List<ReleasedFigure> january = family.publish(JAN, facts, List.of());

    ReleasedFigure total = figure(january, ReleasePeriod.month(JAN), null, null);
    assertThat(total.shown()).isFalse();
    assertThat(figure(january, ReleasePeriod.month(JAN), "South", "Food").shown()).isTrue();
  }

  @Test
  void a_large_month_is_shown_whole_and_adds_up() {
    List<PaymentFact> facts = new ArrayList<>(households(JAN, "North", "Rent", 4, "n"));
    facts.addAll(households(JAN, "South", "Food", 5, "s"));

    List<ReleasedFigure> january = family.publish(JAN, facts, List.of());

    assertThat(january).allMatch(ReleasedFigure::shown);
    ReleasedFigure total = figure(january, ReleasePeriod.month(JAN), null, null);
    assertThat(total.amountMinorUnits()).isEqualTo(90_000);
    assertThat(total.households()).isEqualTo(9);
  }

  @Test
  void a_quarter_cell_that_the_months_would_give_away_is_hidden() {
    // North/Rent is large every month, so each month shows it; the quarter adds one household to
    // North/Food in March only. Quarter minus months would recover it if the quarter showed it.
    List<PaymentFact> facts = new ArrayList<>();
    List<ReleasedFigure> released = new ArrayList<>();
    for (YearMonth month : List.of(JAN, FEB, MAR)) {
      facts.addAll(households(month, "North", "Rent", 4, "n"));
      facts.addAll(households(month, "South", "Food", 4, "s"));
    }
    facts.add(new PaymentFact(MAR, "North", "Food", "lonely", 7_500));
    for (YearMonth month : List.of(JAN, FEB, MAR)) {
      released.addAll(family.publish(month, facts, List.copyOf(released)));
    }

    ReleasePeriod q1 = ReleasePeriod.quarterOf(MAR);
    assertThat(figure(released, q1, "North", "Food").shown()).isFalse();
    assertThat(figure(released, ReleasePeriod.month(MAR), "North", "Food").shown()).isFalse();
    // the North row total of the quarter would be months' North rows summed: hidden as well
    ExactSpanAttack<String> attack = attackOn(released);
    assertThat(attack.recovers(List.of("2145-03|North|Food"))).isFalse();
  }

  @Test
  void a_reversal_is_a_fact_of_the_month_it_is_made_in_and_never_blocks_a_release() {
    List<PaymentFact> facts = new ArrayList<>(households(JAN, "North", "Rent", 4, "n"));
    List<ReleasedFigure> released = new ArrayList<>(family.publish(JAN, facts, List.of()));
    facts.add(new PaymentFact(FEB, "North", "Rent", "n0", -10_000));

    List<ReleasedFigure> february = family.publish(FEB, facts, List.copyOf(released));

    assertThat(figure(released, ReleasePeriod.month(JAN), "North", "Rent").amountMinorUnits())
        .isEqualTo(40_000);
    assertThat(figure(february, ReleasePeriod.month(FEB), "North", "Rent").shown()).isFalse();
  }

  @Test
  void months_are_published_in_order_and_once() {
    List<ReleasedFigure> january = family.publish(JAN, List.of(), List.of());

    assertThatThrownBy(() -> family.publish(MAR, List.of(), january))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> family.publish(JAN, List.of(), january))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void the_attack_recovers_a_month_from_its_quarter_and_the_other_months() {
    ExactSpanAttack<String> attack =
        new ExactSpanAttack<>(
            List.of(List.of("q1", "q2", "q3"), List.of("q1"), List.of("q2", "x")));
    assertThat(attack.recovers(List.of("q2", "q3"))).isTrue();
    assertThat(attack.recovers(List.of("q3"))).isFalse();
    assertThat(attack.recovers(List.of("x"))).isFalse();
  }

  private ExactSpanAttack<String> attackOn(List<ReleasedFigure> released) {
    ReleaseFamilyPropertyTest.Fund fund =
        new ReleaseFamilyPropertyTest.Fund(family.rows(), family.columns(), List.of(), 3);
    List<List<String>> equations = new ArrayList<>();
    for (ReleasedFigure f : released) {
      if (f.shown()) {
        equations.add(ReleaseFamilyPropertyTest.unknowns(fund, f.period(), f.row(), f.column()));
      }
    }
    return new ExactSpanAttack<>(equations);
  }
}
