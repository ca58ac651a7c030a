package org.reliefledger.reports.anonymize;

import java.util.Arrays;
import java.util.PriorityQueue;
import org.reliefledger.reports.anonymize.SuppressionPattern.Reason;

/**
 * Decides which cells of a {@link CrossTable} to hide so that no group of fewer than <i>k</i>
 * households is shown or can be worked out.
 *
 * <h2>The rules</h2>
 *
 * <ol>
 *   <li><b>Primary suppression.</b> Every inner cell and every margin (row total, column total)
 *       with at least one but fewer than <i>k</i> distinct households is hidden. Empty cells are
 *       shown: they say nothing about anyone.
 *   <li><b>Complementary suppression.</b> The margins are published, so a hidden cell that is the
 *       only hidden one of its row could be recovered as row total minus the visible cells. More
 *       subtly, two hidden cells per row and column are not always enough: a hidden cell joining
 *       two otherwise separate groups of hidden cells is still the difference of two sums of
 *       totals. Think of the rows and columns as the nodes of a graph and of each hidden cell as an
 *       edge between its row and its column (the total row and total column are nodes too). The
 *       published totals then fix exactly the hidden values of edges that lie on no cycle; an edge
 *       on a cycle can be moved up and down around that cycle (+t, -t, +t, ...) without changing
 *       any total. So every hidden cell is put on a cycle: for each hidden cell we search the
 *       cheapest path between its row and its column that avoids the cell itself, where hidden
 *       cells cost nothing, shown cells cost one cell plus their households (so we hide few and
 *       small cells), empty cells are used only when nothing else closes the cycle (hiding an empty
 *       cell protects only one way), and the grand total may not be used. The cells on that path
 *       are hidden too. Hiding more cells never breaks a cycle, so one pass suffices.
 *   <li><b>The grand total amount is always shown</b>, because the report must reconcile to the
 *       ledger. If one row or column holds everything (say a single area), its total equals the
 *       grand total and cannot be protected by any pattern; it is still marked hidden, but its
 *       amount is the published grand total. The grand total household count is shown only when it
 *       reaches <i>k</i>.
 * </ol>
 *
 * <h2>Why distinct household counts are handled this way</h2>
 *
 * A household paid for rent and for food in the same month and area is one household of the row but
 * is counted in two cells, so counts are not additive: a count margin lies between the largest of
 * its cells and their sum. We therefore decide primary suppression on the distinct count of every
 * cell <em>and</em> every margin (a row total of three households is a group of three, whatever its
 * cells say), and we build the complementary pattern on the additive relations, which the amounts
 * obey exactly. Counts and amounts are hidden together, so a shown amount never sits beside a
 * hidden count. For counts the pattern is sound in the case where counts <em>are</em> additive (no
 * household in two cells of a line), which is when the margins tell an attacker the most: then they
 * are exact equations, and the pattern defeats them. With overlaps a margin only bounds its cells,
 * which tells less.
 *
 * <p>What this does not promise: protection intervals. An attacker who knows that values are not
 * negative can still bound a hidden value (for example, by the smallest visible total it is part
 * of). Preferring non-empty complements keeps such bounds two-sided.
 */
public final class SmallCellSuppression {

  /** The default minimum group size ({@code RELIEF_REPORT_MIN_GROUP}). */
  public static final int DEFAULT_MINIMUM_GROUP = 5;

  private static final long NEW_CELL_COST = 1L << 32;
  private static final long EMPTY_CELL_COST = 1L << 48;
  private static final long UNREACHABLE = Long.MAX_VALUE;

  private SmallCellSuppression() {}

  /**
   * Computes the cells to hide.
   *
   * @param minimumGroup <i>k</i>: the smallest number of households a shown cell may count; at
   *     least 1 (1 hides nothing)
   */
  public static SuppressionPattern protect(CrossTable<?, ?> table, int minimumGroup) {
    if (minimumGroup < 1) {
      throw new IllegalArgumentException("minimum group must be at least 1");
    }
    int rows = table.rowCount() + 1;
    int columns = table.columnCount() + 1;
    Reason[][] reasons = new Reason[rows][columns];
    for (Reason[] row : reasons) {
      Arrays.fill(row, Reason.NONE);
    }
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        if (!isGrandTotal(table, r, c) && isSmall(table.group(r, c), minimumGroup)) {
          reasons[r][c] = Reason.SMALL_GROUP;
        }
      }
    }
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        if (reasons[r][c] == Reason.SMALL_GROUP) {
          closeCycle(table, reasons, r, c);
        }
      }
    }
    boolean totalShown = !isSmall(table.grandTotal(), minimumGroup);
    return new SuppressionPattern(reasons, totalShown);
  }

  private static boolean isSmall(Group group, int minimumGroup) {
    return group.households() > 0 && group.households() < minimumGroup;
  }

  private static boolean isGrandTotal(CrossTable<?, ?> table, int row, int column) {
    return row == table.totalRow() && column == table.totalColumn();
  }

  /**
   * Finds the cheapest path from the cell's row node to its column node without the cell itself and
   * hides the shown cells on it, so that the hidden cell lies on a cycle. Rows are nodes {@code
   * 0..rows-1}, columns are nodes {@code rows..rows+columns-1}.
   */
  private static void closeCycle(CrossTable<?, ?> table, Reason[][] reasons, int row, int column) {
    int rows = reasons.length;
    int columns = reasons[0].length;
    int nodes = rows + columns;
    long[] cost = new long[nodes];
    int[] previous = new int[nodes];
    Arrays.fill(cost, UNREACHABLE);
    Arrays.fill(previous, -1);
    cost[row] = 0;
    PriorityQueue<long[]> queue = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));
    queue.add(new long[] {0, row});
    int target = rows + column;
    while (!queue.isEmpty()) {
      long[] head = queue.poll();
      int node = (int) head[1];
      if (head[0] > cost[node]) {
        continue;
      }
      if (node == target) {
        break;
      }
      boolean isRow = node < rows;
      int neighbours = isRow ? columns : rows;
      for (int other = 0; other < neighbours; other++) {
        int r = isRow ? node : other;
        int c = isRow ? other : node - rows;
        if ((r == row && c == column) || isGrandTotal(table, r, c)) {
          continue;
        }
        long step = edgeCost(table.group(r, c), reasons[r][c]);
        int next = isRow ? rows + c : r;
        if (cost[node] + step < cost[next]) {
          cost[next] = cost[node] + step;
          previous[next] = node;
          queue.add(new long[] {cost[next], next});
        }
      }
    }
    if (cost[target] == UNREACHABLE) {
      return; // only the always-published grand total could close the cycle: see class Javadoc
    }
    for (int node = target; node != row; node = previous[node]) {
      int from = previous[node];
      int r = node < rows ? node : from;
      int c = node < rows ? from - rows : node - rows;
      if (reasons[r][c] == Reason.NONE) {
        reasons[r][c] = Reason.COMPLEMENTARY;
      }
    }
  }

  private static long edgeCost(Group group, Reason reason) {
    if (reason != Reason.NONE) {
      return 0;
    }
    return group.isEmpty() ? EMPTY_CELL_COST : NEW_CELL_COST + group.households();
  }
}
