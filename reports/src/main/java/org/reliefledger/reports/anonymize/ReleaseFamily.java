package org.reliefledger.reports.anonymize;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Protects the statistics of one fund-year as one family: the table of every month, every quarter
 * and the year, each with its row totals, column totals and grand total, released month by month.
 *
 * <h2>The rule</h2>
 *
 * A figure is <em>small</em> when it counts one to <i>k</i>-1 households or one to <i>k</i>-1
 * payments. No small figure is shown, and no small figure of any period of the year may follow from
 * all the figures shown for the year by any linear combination (differences of months and quarters,
 * margins, the donor report's category totals: they are all cells of this family). Each figure is a
 * sum of <em>atoms</em> (one month's payments for one row and column); a {@link SpanGuard} shows a
 * figure only if, with it, every small sum stays outside the span of the shown ones.
 *
 * <h2>Why this holds across releases</h2>
 *
 * Publishing a month completes the month and, in March, June, September and December, its quarter
 * and in December the year. Every figure of a period completed now contains atoms of the month
 * being published, which no earlier release touches, so all of them are undetermined when the
 * publication starts; the guard then admits shown figures one by one and never lets a protected sum
 * fall into the span. Earlier releases are replayed, not recomputed: a published month is never
 * rewritten, and later corrections are facts of the month they are made in.
 *
 * <p>Candidates are tried grand total first (it reconciles to the ledger), then column totals (the
 * donor report's categories), row totals, empty cells, and the other cells from the largest down,
 * so that complementary suppression falls on small cells.
 */
public final class ReleaseFamily {

  private final List<String> rows;
  private final List<String> columns;
  private final int minimumGroup;
  private final Map<String, Integer> rowIndex = new HashMap<>();
  private final Map<String, Integer> columnIndex = new HashMap<>();

  /**
   * @param rows the rows for the whole year (areas, with the year's small areas merged)
   * @param columns the columns (categories)
   * @param minimumGroup <i>k</i>
   */
  public ReleaseFamily(List<String> rows, List<String> columns, int minimumGroup) {
    if (minimumGroup < 1) {
      throw new IllegalArgumentException("minimum group must be at least 1");
    }
    this.rows = List.copyOf(rows);
    this.columns = List.copyOf(columns);
    this.minimumGroup = minimumGroup;
    for (String row : this.rows) {
      if (rowIndex.put(row, rowIndex.size()) != null) {
        throw new IllegalArgumentException("duplicate row");
      }
    }
    for (String column : this.columns) {
      if (columnIndex.put(column, columnIndex.size()) != null) {
        throw new IllegalArgumentException("duplicate column");
      }
    }
  }

  public List<String> rows() {
    return rows;
  }

  public List<String> columns() {
    return columns;
  }

  /**
   * Protects the periods that publishing {@code month} completes (the month, and its quarter and
   * year when they end with it).
   *
   * @param facts the year's facts up to and including {@code month} (later ones are ignored)
   * @param released every figure already released for the year: each earlier month of the year must
   *     be there, and {@code month} must not
   * @return the figures of the completed periods, shown and hidden, month first
   * @throws IllegalStateException if months are published out of order
   */
  public List<ReleasedFigure> publish(
      YearMonth month, Collection<PaymentFact> facts, Collection<ReleasedFigure> released) {
    requireInOrder(month, released);
    Atoms atoms = tabulate(month, facts);
    SpanGuard guard = new SpanGuard();
    for (ReleasedFigure figure : released) {
      if (figure.shown()) {
        guard.released(atomsOf(figure.period(), figure.row(), figure.column()));
      }
    }
    for (YearMonth earlier = YearMonth.of(month.getYear(), 1);
        earlier.isBefore(month);
        earlier = earlier.plusMonths(1)) {
      for (ReleasePeriod period : ReleasePeriod.completedBy(earlier)) {
        // determined already only if earlier facts changed; nothing can be done about that now
        cells(period).stream()
            .filter(c -> isSmall(atoms.group(c)))
            .forEach(c -> guard.protect(c.atoms));
      }
    }
    List<ReleasePeriod> completed = ReleasePeriod.completedBy(month);
    for (ReleasePeriod period : completed) {
      for (Cell cell : cells(period)) {
        if (isSmall(atoms.group(cell)) && !guard.protect(cell.atoms)) {
          throw new IllegalStateException("a new period's figure is determined before release");
        }
      }
    }
    List<ReleasedFigure> figures = new ArrayList<>();
    for (ReleasePeriod period : completed) {
      for (Cell cell : candidatesInOrder(period, atoms)) {
        Group group = atoms.group(cell);
        boolean shown = !isSmall(group) && guard.tryRelease(cell.atoms);
        figures.add(
            shown
                ? new ReleasedFigure(
                    period,
                    cell.row,
                    cell.column,
                    true,
                    group.households,
                    group.payments,
                    group.amount)
                : ReleasedFigure.hidden(period, cell.row, cell.column));
      }
    }
    return figures;
  }

  private static void requireInOrder(YearMonth month, Collection<ReleasedFigure> released) {
    Set<YearMonth> publishedMonths = new HashSet<>();
    for (ReleasedFigure figure : released) {
      if (figure.period().year() != month.getYear()) {
        throw new IllegalArgumentException("a released figure of another year");
      }
      if (figure.period().kind() == ReleasePeriod.Kind.MONTH) {
        publishedMonths.add(figure.period().firstMonth());
      }
    }
    for (YearMonth m = YearMonth.of(month.getYear(), 1); !m.isAfter(month); m = m.plusMonths(1)) {
      if (m.equals(month) == publishedMonths.contains(m)) {
        throw new IllegalStateException(
            m.equals(month) ? month + " is already published" : m + " is not published yet");
      }
    }
  }

  private boolean isSmall(Group group) {
    return (group.households > 0 && group.households < minimumGroup)
        || (group.payments > 0 && group.payments < minimumGroup);
  }

  private List<Cell> candidatesInOrder(ReleasePeriod period, Atoms atoms) {
    List<Cell> cells = cells(period);
    Comparator<Cell> order =
        Comparator.<Cell>comparingInt(c -> c.row == null && c.column == null ? 0 : 1)
            .thenComparingInt(c -> c.row == null ? 0 : c.column == null ? 1 : 2)
            .thenComparingInt(c -> atoms.group(c).payments == 0 ? 0 : 1)
            .thenComparing(Comparator.<Cell>comparingInt(c -> atoms.group(c).households).reversed())
            .thenComparing(Comparator.<Cell>comparingInt(c -> atoms.group(c).payments).reversed());
    cells.sort(order);
    return cells;
  }

  /** Every cell of a period's table, margins and grand total included (null = all). */
  private List<Cell> cells(ReleasePeriod period) {
    List<Cell> cells = new ArrayList<>();
    List<String> rowsOrAll = new ArrayList<>(rows);
    rowsOrAll.add(null);
    List<String> columnsOrAll = new ArrayList<>(columns);
    columnsOrAll.add(null);
    for (String row : rowsOrAll) {
      for (String column : columnsOrAll) {
        cells.add(new Cell(row, column, atomsOf(period, row, column)));
      }
    }
    return cells;
  }

  private List<Integer> atomsOf(ReleasePeriod period, String row, String column) {
    List<Integer> atoms = new ArrayList<>();
    for (YearMonth month : period.months()) {
      for (int r = 0; r < rows.size(); r++) {
        for (int c = 0; c < columns.size(); c++) {
          if ((row == null || index(rowIndex, row) == r)
              && (column == null || index(columnIndex, column) == c)) {
            atoms.add(atom(month, r, c));
          }
        }
      }
    }
    return atoms;
  }

  private static int index(Map<String, Integer> index, String key) {
    Integer i = index.get(key);
    if (i == null) {
      throw new IllegalArgumentException("not a row or column of this year's family");
    }
    return i;
  }

  private int atom(YearMonth month, int row, int column) {
    return ((month.getMonthValue() - 1) * rows.size() + row) * columns.size() + column;
  }

  private Atoms tabulate(YearMonth month, Collection<PaymentFact> facts) {
    Atoms atoms = new Atoms();
    for (PaymentFact fact : facts) {
      if (fact.month().getYear() != month.getYear() || fact.month().isAfter(month)) {
        continue;
      }
      int atom = atom(fact.month(), index(rowIndex, fact.row()), index(columnIndex, fact.column()));
      atoms.households.computeIfAbsent(atom, a -> new HashSet<>()).add(fact.household());
      atoms.payments.merge(atom, 1, Integer::sum);
      atoms.amounts.merge(atom, fact.amountMinorUnits(), Math::addExact);
    }
    return atoms;
  }

  private record Cell(String row, String column, List<Integer> atoms) {}

  private record Group(int households, int payments, long amount) {}

  /** What each atom holds; a cell's group is its atoms' union. */
  private static final class Atoms {
    final Map<Integer, Set<Object>> households = new HashMap<>();
    final Map<Integer, Integer> payments = new HashMap<>();
    final Map<Integer, Long> amounts = new HashMap<>();
    final Map<List<Integer>, Group> cache = new HashMap<>();

    Group group(Cell cell) {
      return cache.computeIfAbsent(cell.atoms, this::sum);
    }

    private Group sum(List<Integer> cellAtoms) {
      Set<Object> who = new HashSet<>();
      int count = 0;
      long amount = 0;
      for (Integer atom : cellAtoms) {
        who.addAll(households.getOrDefault(atom, Set.of()));
        count += payments.getOrDefault(atom, 0);
        amount = Math.addExact(amount, amounts.getOrDefault(atom, 0L));
      }
      return new Group(who.size(), count, amount);
    }
  }
}
