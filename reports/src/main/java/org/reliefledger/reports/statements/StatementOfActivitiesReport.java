package org.reliefledger.reports.statements;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.reliefledger.reports.statements.ActivityLine.Kind;
import org.reliefledger.reports.xlsx.ReportWorkbook;
import org.reliefledger.reports.xlsx.RowWriter;
import org.reliefledger.reports.xlsx.SheetWriter;

/**
 * Writes the statement of activities: income and expense accounts down the side; across, each fund
 * without donor restrictions and their total, each fund with donor restrictions and their total,
 * and the grand total; then the change in net assets and net assets at the start and end.
 *
 * <p>Guarantees: each total column is the sum of its fund columns, the change in net assets is
 * total income minus total expenses, and net assets at the end are those at the start plus the
 * change.
 */
public final class StatementOfActivitiesReport {

  static final String SHEET = "Statement of activities";
  static final String WITHOUT_RESTRICTIONS = "Without donor restrictions";
  static final String WITH_RESTRICTIONS = "With donor restrictions";
  static final String TOTAL = "Total";

  private StatementOfActivitiesReport() {}

  /** A column: one fund, or the total of several. */
  private record Column(String heading, Set<String> fundCodes) {}

  /** Writes the workbook to {@code out}; the stream is left open. */
  public static void write(StatementOfActivitiesData data, OutputStream out) throws IOException {
    ReportWorkbook.write(data.currency(), out, workbook -> fill(data, workbook.sheet(SHEET)));
  }

  private static void fill(StatementOfActivitiesData data, SheetWriter sheet) {
    List<Column> columns = columns(data.funds());
    sheet.title(
        data.organisation() + " — statement of activities",
        data.from() + " to " + data.to() + " · amounts in " + data.currency().getCurrencyCode());
    List<String> headings = new ArrayList<>(List.of(""));
    columns.forEach(c -> headings.add(c.heading()));
    int header = sheet.header(headings.toArray(String[]::new)).index();
    sheet.printOnePageWide(true, header, header);
    sheet.freezeRowsAndColumns(sheet.nextRowIndex(), 1);
    int[] widths = new int[columns.size() + 1];
    Arrays.fill(widths, 20);
    widths[0] = 36;
    sheet.columnWidths(widths);

    long[] income = section(sheet, columns, data.lines(), Kind.INCOME, "Income", "Total income");
    sheet.blank();
    long[] expenses =
        section(sheet, columns, data.lines(), Kind.EXPENSE, "Expenses", "Total expenses");
    sheet.blank();
    long[] change = new long[columns.size()];
    long[] opening = new long[columns.size()];
    long[] closing = new long[columns.size()];
    for (int i = 0; i < columns.size(); i++) {
      Set<String> funds = columns.get(i).fundCodes();
      change[i] = Math.subtractExact(income[i], expenses[i]);
      opening[i] =
          sum(data.funds(), f -> funds.contains(f.fundCode()) ? f.openingNetAssetsMinorUnits() : 0);
      closing[i] = Math.addExact(opening[i], change[i]);
    }
    totalRow(sheet, "Change in net assets", change);
    amountRow(sheet.row().text("Net assets, beginning of period"), opening);
    totalRow(sheet, "Net assets, end of period", closing);
  }

  private static List<Column> columns(List<FundColumn> funds) {
    List<Column> columns = new ArrayList<>();
    for (boolean restricted : new boolean[] {false, true}) {
      List<FundColumn> group = funds.stream().filter(f -> f.restricted() == restricted).toList();
      group.forEach(f -> columns.add(new Column(f.fundName(), Set.of(f.fundCode()))));
      columns.add(
          new Column(
              TOTAL + " " + (restricted ? WITH_RESTRICTIONS : WITHOUT_RESTRICTIONS).toLowerCase(),
              group.stream().map(FundColumn::fundCode).collect(Collectors.toSet())));
    }
    columns.add(
        new Column(TOTAL, funds.stream().map(FundColumn::fundCode).collect(Collectors.toSet())));
    return columns;
  }

  /** Writes one account per row and the section total; returns the total per column. */
  private static long[] section(
      SheetWriter sheet,
      List<Column> columns,
      List<ActivityLine> lines,
      Kind kind,
      String heading,
      String totalLabel) {
    sheet.row().totalLabel(heading);
    TreeMap<String, List<ActivityLine>> byAccount =
        lines.stream()
            .filter(l -> l.kind() == kind)
            .collect(
                Collectors.groupingBy(
                    l -> l.accountCode() + " " + l.accountName(),
                    TreeMap::new,
                    Collectors.toList()));
    long[] total = new long[columns.size()];
    byAccount.forEach(
        (account, accountLines) -> {
          long[] amounts = new long[columns.size()];
          for (int i = 0; i < columns.size(); i++) {
            Set<String> funds = columns.get(i).fundCodes();
            amounts[i] =
                sum(accountLines, l -> funds.contains(l.fundCode()) ? l.amountMinorUnits() : 0);
            total[i] = Math.addExact(total[i], amounts[i]);
          }
          amountRow(sheet.row().text(account), amounts);
        });
    totalRow(sheet, totalLabel, total);
    return total;
  }

  private static void amountRow(RowWriter row, long[] amounts) {
    for (long amount : amounts) {
      row.money(amount);
    }
  }

  private static void totalRow(SheetWriter sheet, String label, long[] amounts) {
    RowWriter row = sheet.row().totalLabel(label);
    for (long amount : amounts) {
      row.moneyTotal(amount);
    }
  }

  private static <T> long sum(List<T> items, ToLongFunction<T> amount) {
    return items.stream().mapToLong(amount).reduce(0, Math::addExact);
  }
}
