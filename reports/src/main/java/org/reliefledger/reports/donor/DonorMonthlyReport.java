package org.reliefledger.reports.donor;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.util.CellRangeAddress;
import org.reliefledger.reports.xlsx.Charts;
import org.reliefledger.reports.xlsx.Charts.Placement;
import org.reliefledger.reports.xlsx.MinorUnits;
import org.reliefledger.reports.xlsx.ReportStyles;
import org.reliefledger.reports.xlsx.ReportWorkbook;
import org.reliefledger.reports.xlsx.RowWriter;
import org.reliefledger.reports.xlsx.SheetWriter;

/**
 * Writes the monthly donor report: a "Summary" sheet (key figures, fund balances, money in by
 * source, money out by category with a bar chart) and a "Trend" sheet (12 months of money in and
 * out with a line chart).
 *
 * <p>Guarantees: every amount is a numeric cell with a currency format, exact to the cent; totals
 * are the sums of the rows above them; no donor, grantor, household or payee is named.
 */
public final class DonorMonthlyReport {

  static final String SUMMARY_SHEET = "Summary";
  static final String TREND_SHEET = "Trend";
  static final String AT_A_GLANCE = "At a glance";
  static final String FUND_BALANCES = "Fund";
  static final String MONEY_IN = "Money in";
  static final String MONEY_OUT = "Money out";
  static final String MONEY_IN_BY_SOURCE = "Money in by source";
  static final String MONEY_OUT_BY_CATEGORY = "Money out by category";
  static final String TOTAL = "Total";
  static final String GRANTS = "Grants";

  private static final DateTimeFormatter MONTH_TITLE =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH_SHORT =
      DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

  private DonorMonthlyReport() {}

  /** Writes the workbook to {@code out}; the stream is left open. */
  public static void write(DonorMonthlyData data, OutputStream out) throws IOException {
    ReportWorkbook.write(
        data.currency(),
        out,
        workbook -> {
          writeSummary(data, workbook.sheet(SUMMARY_SHEET));
          writeTrend(data, workbook.sheet(TREND_SHEET));
        });
  }

  private static void writeSummary(DonorMonthlyData data, SheetWriter sheet) {
    sheet.title(
        data.organisation() + " — report to our donors",
        data.month().format(MONTH_TITLE) + " · amounts in " + data.currency().getCurrencyCode());
    sheet.freezeRowsAbove(sheet.nextRowIndex());
    sheet.printOnePageWide(true, 0, 1);
    sheet.columnWidths(30, 28, 18, 18, 18);

    sheet.header(AT_A_GLANCE, "");
    sheet.row().text("Money in").money(data.moneyInMinorUnits());
    sheet.row().text("Money out").money(data.moneyOutMinorUnits());
    sheet.row().text("Households helped").count(data.householdsHelped());
    RowWriter average = sheet.row().text("Average award");
    if (data.awardCount() > 0) {
      average.money(MinorUnits.divideRounded(data.moneyOutMinorUnits(), data.awardCount()));
    } else {
      average.marker("no awards");
    }
    sheet.row().text("Gifts received").count(data.giftCount());
    sheet.row().text("Donors").count(data.donorCount());
    sheet.blank();

    sheet.header(2, FUND_BALANCES, "Restriction", "Opening balance", "Closing balance", "Change");
    long opening = 0;
    long closing = 0;
    for (FundBalance fund : data.funds()) {
      sheet
          .row()
          .text(fund.fundName())
          .text(fund.restricted() ? "With donor restrictions" : "Without donor restrictions")
          .money(fund.openingMinorUnits())
          .money(fund.closingMinorUnits())
          .money(Math.subtractExact(fund.closingMinorUnits(), fund.openingMinorUnits()));
      opening = Math.addExact(opening, fund.openingMinorUnits());
      closing = Math.addExact(closing, fund.closingMinorUnits());
    }
    sheet
        .row()
        .totalLabel("All funds")
        .totalLabel("")
        .moneyTotal(opening)
        .moneyTotal(closing)
        .moneyTotal(Math.subtractExact(closing, opening));
    sheet.blank();

    sheet.header(MONEY_IN_BY_SOURCE, "Gifts or grants", "Amount");
    for (DonationsByMethod donations : data.donationsByMethod().values()) {
      sheet
          .row()
          .text("Donations: " + donations.method().label())
          .count(donations.giftCount())
          .money(donations.amountMinorUnits());
    }
    sheet
        .row()
        .text(GRANTS)
        .count(data.grants().grantCount())
        .money(data.grants().amountMinorUnits());
    sheet
        .row()
        .totalLabel(TOTAL)
        .countTotal(data.giftCount() + data.grants().grantCount())
        .moneyTotal(data.moneyInMinorUnits());
    sheet.blank();

    sheet.header(MONEY_OUT_BY_CATEGORY, "Awards", "Amount");
    int firstCategoryRow = sheet.nextRowIndex();
    for (SpendingByCategory spending : data.spendingByCategory().values()) {
      sheet
          .row()
          .text(spending.category().label())
          .count(spending.awardCount())
          .money(spending.amountMinorUnits());
    }
    int lastCategoryRow = sheet.nextRowIndex() - 1;
    sheet
        .row()
        .totalLabel(TOTAL)
        .countTotal(data.awardCount())
        .moneyTotal(data.moneyOutMinorUnits());

    Charts.barChart(
        sheet.sheet(),
        new Placement(6, 3, 14, 23),
        MONEY_OUT_BY_CATEGORY,
        new CellRangeAddress(firstCategoryRow, lastCategoryRow, 0, 0),
        new Charts.Series(MONEY_OUT, new CellRangeAddress(firstCategoryRow, lastCategoryRow, 2, 2)),
        ReportStyles.currencyFormat(data.currency()));
  }

  private static void writeTrend(DonorMonthlyData data, SheetWriter sheet) {
    sheet.title(
        "Money in and out, last 12 months",
        data.trend().get(0).month().format(MONTH_SHORT)
            + " to "
            + data.month().format(MONTH_SHORT));
    int header = sheet.header("Month", MONEY_IN, MONEY_OUT, "Net").index();
    sheet.printOnePageWide(true, header, header);
    sheet.freezeRowsAbove(sheet.nextRowIndex());
    sheet.columnWidths(14, 16, 16, 16);
    int first = sheet.nextRowIndex();
    for (MonthlyFlow flow : data.trend()) {
      sheet
          .row()
          .text(flow.month().format(MONTH_SHORT))
          .money(flow.moneyInMinorUnits())
          .money(flow.moneyOutMinorUnits())
          .money(Math.subtractExact(flow.moneyInMinorUnits(), flow.moneyOutMinorUnits()));
    }
    int last = sheet.nextRowIndex() - 1;
    Charts.lineChart(
        sheet.sheet(),
        new Placement(5, 3, 15, 23),
        "Money in and out by month",
        new CellRangeAddress(first, last, 0, 0),
        List.of(
            new Charts.Series(MONEY_IN, new CellRangeAddress(first, last, 1, 1)),
            new Charts.Series(MONEY_OUT, new CellRangeAddress(first, last, 2, 2))),
        ReportStyles.currencyFormat(data.currency()));
  }
}
