package org.reliefledger.reports.transparency;

import java.io.IOException;
import java.io.OutputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.reliefledger.reports.SpendingCategory;
import org.reliefledger.reports.anonymize.CrossTable;
import org.reliefledger.reports.anonymize.Group;
import org.reliefledger.reports.anonymize.Observation;
import org.reliefledger.reports.anonymize.SmallCellSuppression;
import org.reliefledger.reports.anonymize.SuppressionPattern;
import org.reliefledger.reports.xlsx.ReportWorkbook;
import org.reliefledger.reports.xlsx.RowWriter;
import org.reliefledger.reports.xlsx.SheetWriter;

/**
 * Writes the anonymized transparency report: one row per month and area, a pair of columns
 * (households, amount) per spending category, row totals on the right and category totals at the
 * bottom, and a "Method" sheet explaining the rules.
 *
 * <p>Guarantees: an area is named only if at least <i>k</i> households of it were helped in the
 * period (smaller areas are merged into "Other areas", so that a row's mere presence does not tell
 * that someone in a small area was helped); no cell shows a group of fewer than <i>k</i>
 * households; no hidden value can be worked out from the shown cells and totals (see {@link
 * SmallCellSuppression}); the grand total amount equals the sum of all disbursements given.
 * Household tokens never reach the workbook.
 */
public final class TransparencyReport {

  /** What a hidden cell shows instead of a number. */
  public static final String SUPPRESSED = "*";

  /** The row label of disbursements whose case has no area. */
  public static final String AREA_NOT_RECORDED = "Area not recorded";

  /** The row label of the areas with too few households to be named. */
  public static final String OTHER_AREAS = "Other areas";

  static final String TABLE_SHEET = "Disbursements";
  static final String METHOD_SHEET = "Method";

  private static final List<SpendingCategory> CATEGORIES = Arrays.asList(SpendingCategory.values());

  private TransparencyReport() {}

  /** Writes the workbook to {@code out}; the stream is left open. */
  public static void write(TransparencyData data, OutputStream out) throws IOException {
    CrossTable<MonthArea, SpendingCategory> table = tabulate(data.facts(), data.minimumGroup());
    SuppressionPattern pattern = SmallCellSuppression.protect(table, data.minimumGroup());
    ReportWorkbook.write(
        data.currency(),
        out,
        workbook -> {
          writeTable(data, table, pattern, workbook.sheet(TABLE_SHEET));
          MethodSheet.write(data.minimumGroup(), workbook.sheet(METHOD_SHEET));
        });
  }

  static CrossTable<MonthArea, SpendingCategory> tabulate(
      List<DisbursementFact> facts, int minimumGroup) {
    Map<String, Set<String>> householdsByArea = new HashMap<>();
    for (DisbursementFact fact : facts) {
      householdsByArea
          .computeIfAbsent(recordedArea(fact), area -> new HashSet<>())
          .add(fact.householdToken());
    }
    List<Observation<MonthArea, SpendingCategory>> observations = new ArrayList<>(facts.size());
    TreeSet<MonthArea> rows = new TreeSet<>();
    for (DisbursementFact fact : facts) {
      String area = recordedArea(fact);
      boolean named = householdsByArea.get(area).size() >= minimumGroup;
      MonthArea row = new MonthArea(fact.month(), named ? area : OTHER_AREAS);
      rows.add(row);
      observations.add(
          new Observation<>(row, fact.category(), fact.householdToken(), fact.amountMinorUnits()));
    }
    return CrossTable.tabulate(List.copyOf(rows), CATEGORIES, observations);
  }

  /** The fact's area as a row label, before small areas are merged. */
  static String recordedArea(DisbursementFact fact) {
    return fact.area() == null || fact.area().isBlank() ? AREA_NOT_RECORDED : fact.area().strip();
  }

  private static void writeTable(
      TransparencyData data,
      CrossTable<MonthArea, SpendingCategory> table,
      SuppressionPattern pattern,
      SheetWriter sheet) {
    sheet.title(
        data.organisation() + " — where the money went",
        "Disbursements paid "
            + data.from()
            + " to "
            + data.to()
            + ", by month, area and category. Groups of fewer than "
            + data.minimumGroup()
            + " households are hidden ("
            + SUPPRESSED
            + ").");
    writeHeader(sheet);

    for (int r = 0; r < table.rowCount(); r++) {
      MonthArea key = table.rowKeys().get(r);
      RowWriter row = sheet.row().text(key.month().toString()).text(key.area());
      writeCells(table, pattern, r, row, false);
    }
    RowWriter totals = sheet.row().totalLabel("All months").totalLabel("All areas");
    writeCells(table, pattern, table.totalRow(), totals, true);
    writeFooter(sheet);
  }

  /** The two heading rows: month, area, then households and amount per category and in all. */
  static void writeHeader(SheetWriter sheet) {
    RowWriter groups = sheet.header("Month", "Area");
    RowWriter columns = sheet.header("", "");
    for (int i = 0; i <= CATEGORIES.size(); i++) {
      String label = i < CATEGORIES.size() ? CATEGORIES.get(i).label() : "All categories";
      groups.styled(label, sheet.styles().header()).styled("", sheet.styles().header());
      columns.styled("Households", sheet.styles().headerRight());
      columns.styled("Amount", sheet.styles().headerRight());
      sheet.merge(groups.index(), groups.index(), 2 + 2 * i, 3 + 2 * i);
    }
    sheet.merge(groups.index(), columns.index(), 0, 0);
    sheet.merge(groups.index(), columns.index(), 1, 1);
    sheet.freezeRowsAndColumns(sheet.nextRowIndex(), 2);
    sheet.printOnePageWide(true, groups.index(), columns.index());
  }

  /** The footnote under the table and the column widths. */
  static void writeFooter(SheetWriter sheet) {
    sheet.blank();
    int[] widths = new int[2 + 2 * (CATEGORIES.size() + 1)];
    Arrays.fill(widths, 13);
    widths[0] = 11;
    widths[1] = 24;
    sheet.paragraph(
        SUPPRESSED + " hidden to protect the households; see the Method sheet.",
        Arrays.stream(widths).sum(),
        widths.length);
    sheet.columnWidths(widths);
  }

  private static void writeCells(
      CrossTable<MonthArea, SpendingCategory> table,
      SuppressionPattern pattern,
      int r,
      RowWriter row,
      boolean total) {
    for (int c = 0; c <= table.columnCount(); c++) {
      Group group = table.group(r, c);
      boolean grandTotal = r == table.totalRow() && c == table.totalColumn();
      if (pattern.isSuppressed(r, c)) {
        row.marker(SUPPRESSED).marker(SUPPRESSED);
        continue;
      }
      if (grandTotal && !pattern.grandTotalHouseholdsShown()) {
        row.marker(SUPPRESSED);
      } else if (total) {
        row.countTotal(group.households());
      } else {
        row.count(group.households());
      }
      if (total) {
        row.moneyTotal(group.amountMinorUnits());
      } else {
        row.money(group.amountMinorUnits());
      }
    }
  }

  /** A row of the table: a month and an area; named areas first, then the catch-all rows. */
  record MonthArea(YearMonth month, String area) implements Comparable<MonthArea> {

    private static final Comparator<MonthArea> ORDER =
        Comparator.comparing(MonthArea::month)
            .thenComparing(row -> row.area().equals(OTHER_AREAS))
            .thenComparing(row -> row.area().equals(AREA_NOT_RECORDED))
            .thenComparing(MonthArea::area);

    @Override
    public int compareTo(MonthArea other) {
      return ORDER.compare(this, other);
    }
  }
}
