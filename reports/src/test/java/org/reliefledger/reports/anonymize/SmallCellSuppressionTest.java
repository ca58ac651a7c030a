package org.reliefledger.reports.anonymize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.reliefledger.reports.anonymize.SuppressionPattern.Reason;

class SmallCellSuppressionTest {

  /**
   * A table whose cell (r, c) holds {@code households[r][c]} households of its own, each paid 100
   * cents.
   */
  static CrossTable<Integer, Integer> table(int[][] households) {
    List<Observation<Integer, Integer>> observations = new ArrayList<>();
    int token = 0;
    for (int r = 0; r < households.length; r++) {
      for (int c = 0; c < households[r].length; c++) {
        for (int h = 0; h < households[r][c]; h++) {
          observations.add(new Observation<>(r, c, "household-" + token++, 100));
        }
      }
    }
    return CrossTable.tabulate(range(households.length), range(households[0].length), observations);
  }

  private static List<Integer> range(int size) {
    return IntStream.range(0, size).boxed().toList();
  }

  @Test
  void a_table_of_large_groups_hides_nothing() {
    SuppressionPattern pattern =
        SmallCellSuppression.protect(table(new int[][] {{5, 6}, {7, 0}}), 5);
    assertThat(pattern.suppressedCount()).isZero();
    assertThat(pattern.grandTotalHouseholdsShown()).isTrue();
  }

  @Test
  void one_small_cell_is_hidden_with_the_cheapest_rectangle_of_complements() {
    CrossTable<Integer, Integer> table =
        table(new int[][] {{2, 20, 9, 30}, {40, 50, 60, 70}, {10, 30, 12, 40}});

    SuppressionPattern pattern = SmallCellSuppression.protect(table, 5);

    assertThat(pattern.reason(0, 0)).isEqualTo(Reason.SMALL_GROUP);
    assertThat(pattern.reason(0, 2)).isEqualTo(Reason.COMPLEMENTARY);
    assertThat(pattern.reason(2, 0)).isEqualTo(Reason.COMPLEMENTARY);
    assertThat(pattern.reason(2, 2)).isEqualTo(Reason.COMPLEMENTARY);
    assertThat(pattern.suppressedCount()).isEqualTo(4);
  }

  @Test
  void a_small_row_total_is_hidden_and_protected_by_another_row_total() {
    CrossTable<Integer, Integer> table = table(new int[][] {{1, 1}, {10, 10}, {8, 9}});

    SuppressionPattern pattern = SmallCellSuppression.protect(table, 5);

    assertThat(pattern.reason(0, table.totalColumn())).isEqualTo(Reason.SMALL_GROUP);
    assertThat(LinearDisclosureChecker.recoverableCells(hiddenAmounts(table, pattern))).isEmpty();
  }

  @Test
  void the_grand_total_amount_is_never_hidden_but_a_small_total_count_is() {
    CrossTable<Integer, Integer> table = table(new int[][] {{1, 2}});

    SuppressionPattern pattern = SmallCellSuppression.protect(table, 5);

    assertThat(pattern.isSuppressed(table.totalRow(), table.totalColumn())).isFalse();
    assertThat(pattern.grandTotalHouseholdsShown()).isFalse();
    assertThat(table.grandTotal().amountMinorUnits()).isEqualTo(300);
  }

  @Test
  void distinct_households_are_counted_once_per_margin() {
    List<Observation<Integer, Integer>> observations =
        List.of(
            new Observation<>(0, 0, "a", 500),
            new Observation<>(0, 1, "a", 700),
            new Observation<>(0, 1, "a", 100),
            new Observation<>(0, 1, "b", 100));

    CrossTable<Integer, Integer> table =
        CrossTable.tabulate(List.of(0), List.of(0, 1), observations);

    assertThat(table.group(0, 0)).isEqualTo(new Group(1, 500));
    assertThat(table.group(0, 1)).isEqualTo(new Group(2, 900));
    assertThat(table.group(0, table.totalColumn())).isEqualTo(new Group(2, 1400));
    assertThat(table.grandTotal()).isEqualTo(new Group(2, 1400));
  }

  @Test
  void refuses_a_minimum_group_below_one() {
    assertThatThrownBy(() -> SmallCellSuppression.protect(table(new int[][] {{1}}), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** The hidden cells as the checker sees amounts: the grand total amount is always public. */
  static boolean[][] hiddenAmounts(CrossTable<?, ?> table, SuppressionPattern pattern) {
    boolean[][] hidden = new boolean[table.rowCount() + 1][table.columnCount() + 1];
    for (int r = 0; r <= table.rowCount(); r++) {
      for (int c = 0; c <= table.columnCount(); c++) {
        hidden[r][c] = pattern.isSuppressed(r, c);
      }
    }
    return hidden;
  }
}
