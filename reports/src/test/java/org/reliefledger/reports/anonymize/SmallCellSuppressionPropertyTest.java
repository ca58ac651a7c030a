package org.reliefledger.reports.anonymize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** For random payment sets: nothing small is shown, nothing hidden can be recovered. */
class SmallCellSuppressionPropertyTest {

  record Payment(int row, int column, int household, long amount) {}

  record Shape(int rows, int columns, List<Payment> payments) {}

  @Provide
  Arbitrary<Shape> shapes() {
    Arbitrary<Integer> rows = Arbitraries.integers().between(1, 7);
    Arbitrary<Integer> columns = Arbitraries.integers().between(1, 5);
    Arbitrary<Integer> households = Arbitraries.integers().between(1, 60);
    return Combinators.combine(rows, columns, households)
        .flatAs(
            (r, c, h) ->
                Combinators.combine(
                        Arbitraries.integers().between(0, r - 1),
                        Arbitraries.integers().between(0, c - 1),
                        Arbitraries.integers().between(0, h - 1),
                        Arbitraries.longs().between(1, 250_000))
                    .as(Payment::new)
                    .list()
                    .ofMaxSize(80)
                    .map(payments -> new Shape(r, c, payments)));
  }

  private static CrossTable<Integer, Integer> tabulate(Shape shape) {
    List<Observation<Integer, Integer>> observations = new ArrayList<>();
    for (Payment p : shape.payments()) {
      observations.add(new Observation<>(p.row(), p.column(), p.household(), p.amount()));
    }
    return CrossTable.tabulate(range(shape.rows()), range(shape.columns()), observations);
  }

  private static List<Integer> range(int size) {
    return IntStream.range(0, size).boxed().toList();
  }

  @Property(tries = 300)
  void no_shown_cell_counts_fewer_than_the_minimum_group(
      @ForAll("shapes") Shape shape, @ForAll @IntRange(min = 2, max = 6) int minimumGroup) {
    CrossTable<Integer, Integer> table = tabulate(shape);
    SuppressionPattern pattern = SmallCellSuppression.protect(table, minimumGroup);

    for (int r = 0; r <= table.rowCount(); r++) {
      for (int c = 0; c <= table.columnCount(); c++) {
        boolean grandTotal = r == table.totalRow() && c == table.totalColumn();
        boolean countShown =
            grandTotal ? pattern.grandTotalHouseholdsShown() : !pattern.isSuppressed(r, c);
        int households = table.group(r, c).households();
        if (countShown) {
          assertThat(households == 0 || households >= minimumGroup)
              .as("shown cell (%d,%d) counts %d households", r, c, households)
              .isTrue();
        }
      }
    }
  }

  @Property(tries = 300)
  void no_hidden_amount_or_count_follows_from_the_shown_cells_and_totals(
      @ForAll("shapes") Shape shape, @ForAll @IntRange(min = 2, max = 6) int minimumGroup) {
    CrossTable<Integer, Integer> table = tabulate(shape);
    SuppressionPattern pattern = SmallCellSuppression.protect(table, minimumGroup);

    boolean[][] amounts = SmallCellSuppressionTest.hiddenAmounts(table, pattern);
    assertThat(LinearDisclosureChecker.avoidableLeaks(amounts)).isEmpty();

    boolean[][] counts = SmallCellSuppressionTest.hiddenAmounts(table, pattern);
    counts[table.totalRow()][table.totalColumn()] = !pattern.grandTotalHouseholdsShown();
    assertThat(LinearDisclosureChecker.avoidableLeaks(counts)).isEmpty();
  }

  @Property(tries = 200)
  void amounts_reconcile_to_the_payments(@ForAll("shapes") Shape shape) {
    CrossTable<Integer, Integer> table = tabulate(shape);

    long paid = shape.payments().stream().mapToLong(Payment::amount).sum();
    assertThat(table.grandTotal().amountMinorUnits()).isEqualTo(paid);
    for (int r = 0; r <= table.rowCount(); r++) {
      long sum = 0;
      for (int c = 0; c < table.columnCount(); c++) {
        sum += table.group(r, c).amountMinorUnits();
      }
      assertThat(table.group(r, table.totalColumn()).amountMinorUnits()).isEqualTo(sum);
    }
    for (int c = 0; c <= table.columnCount(); c++) {
      long sum = 0;
      for (int r = 0; r < table.rowCount(); r++) {
        sum += table.group(r, c).amountMinorUnits();
      }
      assertThat(table.group(table.totalRow(), c).amountMinorUnits()).isEqualTo(sum);
    }
  }
}
