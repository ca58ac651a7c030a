package org.reliefledger.reports.anonymize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The checker must itself catch leaks, or the property tests that rely on it prove nothing. */
class LinearDisclosureCheckerTest {

  /** Marks the given {row, column} cells hidden in a table of inner size rows x columns. */
  private static boolean[][] hidden(int rows, int columns, int[]... cells) {
    boolean[][] hidden = new boolean[rows + 1][columns + 1];
    for (int[] cell : cells) {
      hidden[cell[0]][cell[1]] = true;
    }
    return hidden;
  }

  @Test
  void a_single_hidden_cell_follows_from_its_row_total() {
    List<int[]> recoverable =
        LinearDisclosureChecker.recoverableCells(hidden(3, 3, new int[] {1, 1}));
    assertThat(recoverable).containsExactly(new int[] {1, 1});
  }

  @Test
  void two_hidden_cells_in_a_row_but_alone_in_their_columns_both_leak() {
    List<int[]> recoverable =
        LinearDisclosureChecker.recoverableCells(hidden(3, 3, new int[] {0, 0}, new int[] {0, 1}));
    assertThat(recoverable).hasSize(2);
  }

  @Test
  void a_rectangle_of_four_hidden_cells_hides_them_all() {
    List<int[]> recoverable =
        LinearDisclosureChecker.recoverableCells(
            hidden(3, 3, new int[] {0, 0}, new int[] {0, 1}, new int[] {2, 0}, new int[] {2, 1}));
    assertThat(recoverable).isEmpty();
  }

  @Test
  void a_hidden_cell_bridging_two_rectangles_leaks_although_every_line_has_two_hidden_cells() {
    List<int[]> recoverable =
        LinearDisclosureChecker.recoverableCells(
            hidden(
                4,
                4,
                new int[] {0, 0},
                new int[] {0, 1},
                new int[] {1, 0},
                new int[] {1, 1},
                new int[] {2, 2},
                new int[] {2, 3},
                new int[] {3, 2},
                new int[] {3, 3},
                new int[] {1, 2}));
    assertThat(recoverable).containsExactly(new int[] {1, 2});
  }

  @Test
  void margins_take_part_in_the_equations() {
    int totalColumn = 2;
    int totalRow = 2;
    List<int[]> recoverable =
        LinearDisclosureChecker.recoverableCells(
            hidden(
                2,
                2,
                new int[] {0, 0},
                new int[] {0, totalColumn},
                new int[] {1, 0},
                new int[] {1, totalColumn}));
    assertThat(recoverable).isEmpty();
    assertThat(
            LinearDisclosureChecker.recoverableCells(
                hidden(2, 2, new int[] {0, 0}, new int[] {totalRow, 0})))
        .hasSize(2);
  }
}
