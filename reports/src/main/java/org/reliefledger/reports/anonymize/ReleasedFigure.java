package org.reliefledger.reports.anonymize;

import java.util.Objects;

/**
 * One cell of a released table: a period, a row (or {@code null} for all rows) and a column (or
 * {@code null} for all columns). A hidden figure carries no values.
 *
 * <p>Guarantees: once released a figure is never changed; a shown figure counts no group of fewer
 * than <i>k</i> households and no total of fewer than <i>k</i> payments.
 *
 * @param households distinct households helped (0 when hidden)
 * @param payments payments and reversals counted (0 when hidden)
 * @param amountMinorUnits net amount paid (0 when hidden)
 */
public record ReleasedFigure(
    ReleasePeriod period,
    String row,
    String column,
    boolean shown,
    int households,
    int payments,
    long amountMinorUnits) {

  public ReleasedFigure {
    Objects.requireNonNull(period, "period");
    if (!shown && (households != 0 || payments != 0 || amountMinorUnits != 0)) {
      throw new IllegalArgumentException("a hidden figure carries no values");
    }
  }

  static ReleasedFigure hidden(ReleasePeriod period, String row, String column) {
    return new ReleasedFigure(period, row, column, false, 0, 0, 0);
  }

  /** Whether this is the same cell (period, row, column) as {@code other}. */
  public boolean sameCell(ReleasePeriod period, String row, String column) {
    return this.period.equals(period)
        && Objects.equals(this.row, row)
        && Objects.equals(this.column, column);
  }
}
