package org.reliefledger.reports.anonymize;

/**
 * Which cells of a {@link CrossTable} (margins included) are hidden, and why.
 *
 * <p>Guarantees: the grand total amount is never hidden (it reconciles the report to the ledger);
 * the grand total household count is hidden only when it is below the minimum group; a cell is
 * either shown whole (households and amount) or hidden whole.
 */
public final class SuppressionPattern {

  /** Why a cell is hidden. */
  public enum Reason {
    /** Shown. */
    NONE,
    /** Fewer than the minimum number of households (primary suppression). */
    SMALL_GROUP,
    /** Hidden so that a small group cannot be worked out from totals (complementary). */
    COMPLEMENTARY
  }

  private final Reason[][] reasons;
  private final boolean grandTotalHouseholdsShown;

  SuppressionPattern(Reason[][] reasons, boolean grandTotalHouseholdsShown) {
    this.reasons = reasons;
    this.grandTotalHouseholdsShown = grandTotalHouseholdsShown;
  }

  /** Whether the cell or margin at (row, column) is hidden; false for the grand total. */
  public boolean isSuppressed(int row, int column) {
    return reasons[row][column] != Reason.NONE;
  }

  public Reason reason(int row, int column) {
    return reasons[row][column];
  }

  /** Whether the total number of households may be shown; its amount always is. */
  public boolean grandTotalHouseholdsShown() {
    return grandTotalHouseholdsShown;
  }

  /** The number of hidden cells and margins (the grand total not counted). */
  public int suppressedCount() {
    int count = 0;
    for (Reason[] row : reasons) {
      for (Reason reason : row) {
        if (reason != Reason.NONE) {
          count++;
        }
      }
    }
    return count;
  }
}
