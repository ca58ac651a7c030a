package org.reliefledger.reports.anonymize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A two-way table of {@link Group}s with its margins: {@code rowCount() x columnCount()} inner
 * cells, a total column (index {@link #totalColumn()}) holding each row's total, a total row (index
 * {@link #totalRow()}) holding each column's total, and the grand total where they meet.
 *
 * <p>Guarantees: amounts are additive, so every margin amount is the sum of its cells and the grand
 * total amount is the sum of all observations. Household counts are counts of <em>distinct</em>
 * households: a household paid in two cells of a row is counted in both cells but once in the row
 * total, so counts are not additive across cells (a margin lies between the largest of its cells
 * and their sum).
 */
public final class CrossTable<R, C> {

  private final List<R> rowKeys;
  private final List<C> columnKeys;
  private final Group[][] groups;

  private CrossTable(List<R> rowKeys, List<C> columnKeys, Group[][] groups) {
    this.rowKeys = List.copyOf(rowKeys);
    this.columnKeys = List.copyOf(columnKeys);
    this.groups = groups;
  }

  /**
   * Tabulates observations into the given rows and columns (in that order).
   *
   * @throws IllegalArgumentException if an observation names a row or column not listed
   */
  public static <R, C> CrossTable<R, C> tabulate(
      List<R> rowKeys, List<C> columnKeys, Iterable<Observation<R, C>> observations) {
    Map<R, Integer> rowIndex = indexOf(rowKeys);
    Map<C, Integer> columnIndex = indexOf(columnKeys);
    int rows = rowKeys.size() + 1;
    int columns = columnKeys.size() + 1;
    List<Set<Object>> households = new ArrayList<>(rows * columns);
    long[] amounts = new long[rows * columns];
    for (int i = 0; i < rows * columns; i++) {
      households.add(new HashSet<>());
    }
    for (Observation<R, C> observation : observations) {
      Integer r = rowIndex.get(observation.row());
      Integer c = columnIndex.get(observation.column());
      if (r == null || c == null) {
        throw new IllegalArgumentException("observation outside the table's rows or columns");
      }
      for (int cell : new int[] {r, rowKeys.size()}) {
        for (int column : new int[] {c, columnKeys.size()}) {
          households.get(cell * columns + column).add(observation.household());
          amounts[cell * columns + column] =
              Math.addExact(amounts[cell * columns + column], observation.amountMinorUnits());
        }
      }
    }
    Group[][] groups = new Group[rows][columns];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        groups[r][c] = new Group(households.get(r * columns + c).size(), amounts[r * columns + c]);
      }
    }
    return new CrossTable<>(rowKeys, columnKeys, groups);
  }

  private static <K> Map<K, Integer> indexOf(List<K> keys) {
    Map<K, Integer> index = new HashMap<>();
    for (K key : keys) {
      if (index.put(key, index.size()) != null) {
        throw new IllegalArgumentException("duplicate row or column key");
      }
    }
    return index;
  }

  /** The number of inner rows (without the total row). */
  public int rowCount() {
    return rowKeys.size();
  }

  /** The number of inner columns (without the total column). */
  public int columnCount() {
    return columnKeys.size();
  }

  /** The index of the row of column totals. */
  public int totalRow() {
    return rowKeys.size();
  }

  /** The index of the column of row totals. */
  public int totalColumn() {
    return columnKeys.size();
  }

  public List<R> rowKeys() {
    return rowKeys;
  }

  public List<C> columnKeys() {
    return columnKeys;
  }

  /** A cell, a margin ({@code row == totalRow()} or {@code column == totalColumn()}) or both. */
  public Group group(int row, int column) {
    return groups[row][column];
  }

  public Group grandTotal() {
    return groups[totalRow()][totalColumn()];
  }
}
