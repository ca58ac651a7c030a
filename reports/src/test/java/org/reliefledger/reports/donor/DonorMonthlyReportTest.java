package org.reliefledger.reports.donor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.reliefledger.reports.SpendingCategory;
import org.reliefledger.reports.xlsx.Workbooks;

public class DonorMonthlyReportTest {

  static final YearMonth MARCH = YearMonth.of(2026, 3);
  static final Currency USD = Currency.getInstance("USD");

  public static DonorMonthlyData march() {
    List<MonthlyFlow> trend = new ArrayList<>();
    for (int i = 11; i >= 0; i--) {
      trend.add(new MonthlyFlow(MARCH.minusMonths(i), 100_000L * (12 - i) + 1, 50_000L * i + 7));
    }
    return new DonorMonthlyData(
        "Eastside Mutual Aid",
        MARCH,
        USD,
        List.of(
            new FundBalance("GEN", "General fund", false, 1_250_075, 1_310_000),
            new FundBalance("RENT", "Rent relief (Smith Foundation)", true, 500_000, 436_001)),
        List.of(
            new DonationsByMethod(DonationMethod.CASH, 4, 12_050),
            new DonationsByMethod(DonationMethod.CARD, 10, 85_001),
            new DonationsByMethod(DonationMethod.PAYMENT_APP, 7, 21_000)),
        17,
        new GrantsReceived(1, 250_000),
        List.of(
            new SpendingByCategory(SpendingCategory.RENT, 3, 300_001),
            new SpendingByCategory(SpendingCategory.FOOD, 4, 10_000)),
        6,
        trend);
  }

  public static byte[] write(DonorMonthlyData data) throws IOException {
    return Workbooks.bytes(out -> DonorMonthlyReport.write(data, out));
  }

  @Test
  void key_figures_are_exact_numeric_cells() throws IOException {
    try (XSSFWorkbook workbook = Workbooks.open(write(march()))) {
      Sheet summary = workbook.getSheet(DonorMonthlyReport.SUMMARY_SHEET);
      assertThat(Workbooks.cents(Workbooks.rowStartingWith(summary, "Money in").getCell(1)))
          .isEqualTo(12_050 + 85_001 + 21_000 + 250_000);
      assertThat(Workbooks.cents(Workbooks.rowStartingWith(summary, "Money out").getCell(1)))
          .isEqualTo(310_001);
      assertThat(
              Workbooks.count(Workbooks.rowStartingWith(summary, "Households helped").getCell(1)))
          .isEqualTo(6);
      assertThat(Workbooks.cents(Workbooks.rowStartingWith(summary, "Average award").getCell(1)))
          .as("310,001 cents over 7 awards, rounded half-even")
          .isEqualTo(44_286);
      assertThat(Workbooks.count(Workbooks.rowStartingWith(summary, "Gifts received").getCell(1)))
          .isEqualTo(21);
      assertThat(Workbooks.count(Workbooks.rowStartingWith(summary, "Donors").getCell(1)))
          .isEqualTo(17);
      assertThat(
              Workbooks.rowStartingWith(summary, "Money in")
                  .getCell(1)
                  .getCellStyle()
                  .getDataFormatString())
          .isEqualTo("\"$\"#,##0.00;-\"$\"#,##0.00");
    }
  }

  @Test
  void fund_balances_and_their_totals() throws IOException {
    try (XSSFWorkbook workbook = Workbooks.open(write(march()))) {
      Sheet summary = workbook.getSheet(DonorMonthlyReport.SUMMARY_SHEET);
      Row rent = Workbooks.rowStartingWith(summary, "Rent relief (Smith Foundation)");
      assertThat(rent.getCell(1).getStringCellValue()).isEqualTo("With donor restrictions");
      assertThat(Workbooks.cents(rent.getCell(2))).isEqualTo(500_000);
      assertThat(Workbooks.cents(rent.getCell(3))).isEqualTo(436_001);
      assertThat(Workbooks.cents(rent.getCell(4))).isEqualTo(-63_999);
      Row all = Workbooks.rowStartingWith(summary, "All funds");
      assertThat(Workbooks.cents(all.getCell(2))).isEqualTo(1_750_075);
      assertThat(Workbooks.cents(all.getCell(3))).isEqualTo(1_746_001);
      assertThat(Workbooks.cents(all.getCell(4))).isEqualTo(-4_074);
    }
  }

  @Test
  void money_in_lists_every_method_and_grants_and_money_out_every_category() throws IOException {
    try (XSSFWorkbook workbook = Workbooks.open(write(march()))) {
      Sheet summary = workbook.getSheet(DonorMonthlyReport.SUMMARY_SHEET);
      Row card = Workbooks.rowStartingWith(summary, "Donations: Card");
      assertThat(Workbooks.count(card.getCell(1))).isEqualTo(10);
      assertThat(Workbooks.cents(card.getCell(2))).isEqualTo(85_001);
      Row check = Workbooks.rowStartingWith(summary, "Donations: Check");
      assertThat(Workbooks.cents(check.getCell(2))).isZero();
      Row grants = Workbooks.rowStartingWith(summary, DonorMonthlyReport.GRANTS);
      assertThat(Workbooks.cents(grants.getCell(2))).isEqualTo(250_000);

      Row moneyOut = Workbooks.rowStartingWith(summary, DonorMonthlyReport.MONEY_OUT_BY_CATEGORY);
      List<String> categories = new ArrayList<>();
      for (int r = moneyOut.getRowNum() + 1; r <= moneyOut.getRowNum() + 7; r++) {
        categories.add(summary.getRow(r).getCell(0).getStringCellValue());
      }
      assertThat(categories)
          .containsExactly("Rent", "Utilities", "Food", "Medical", "Legal", "Transport", "Other");
      Row totalOut = summary.getRow(moneyOut.getRowNum() + 8);
      assertThat(totalOut.getCell(0).getStringCellValue()).isEqualTo(DonorMonthlyReport.TOTAL);
      assertThat(Workbooks.count(totalOut.getCell(1))).isEqualTo(7);
      assertThat(Workbooks.cents(totalOut.getCell(2))).isEqualTo(310_001);
    }
  }

  @Test
  void the_trend_sheet_holds_twelve_months_with_net() throws IOException {
    DonorMonthlyData data = march();
    try (XSSFWorkbook workbook = Workbooks.open(write(data))) {
      Sheet trend = workbook.getSheet(DonorMonthlyReport.TREND_SHEET);
      Row april = Workbooks.rowStartingWith(trend, "Apr 2025");
      Row march = Workbooks.rowStartingWith(trend, "Mar 2026");
      assertThat(march.getRowNum() - april.getRowNum()).isEqualTo(11);
      assertThat(Workbooks.cents(march.getCell(1))).isEqualTo(1_200_001);
      assertThat(Workbooks.cents(march.getCell(2))).isEqualTo(7);
      assertThat(Workbooks.cents(april.getCell(3))).isEqualTo(100_001 - 550_007);
      assertThat(trend.getPaneInformation().isFreezePane()).isTrue();
    }
  }

  @Test
  void native_charts_plot_spending_by_category_and_the_trend() throws IOException {
    try (XSSFWorkbook workbook = Workbooks.open(write(march()))) {
      XSSFChart bar = onlyChart(workbook.getSheet(DonorMonthlyReport.SUMMARY_SHEET));
      XDDFChartData bars = bar.getChartSeries().get(0);
      assertThat(bars).isInstanceOf(XDDFBarChartData.class);
      assertThat(bars.getSeriesCount()).isEqualTo(1);
      assertThat(bars.getSeries(0).getCategoryData().getPointCount()).isEqualTo(7);
      assertThat(bars.getSeries(0).getValuesData().getDataRangeReference()).contains("$C$");

      XSSFChart line = onlyChart(workbook.getSheet(DonorMonthlyReport.TREND_SHEET));
      XDDFChartData lines = line.getChartSeries().get(0);
      assertThat(lines).isInstanceOf(XDDFLineChartData.class);
      assertThat(lines.getSeriesCount()).isEqualTo(2);
      assertThat(lines.getSeries(1).getValuesData().getPointCount()).isEqualTo(12);
    }
  }

  private static XSSFChart onlyChart(Sheet sheet) {
    List<XSSFChart> charts = ((XSSFSheet) sheet).getDrawingPatriarch().getCharts();
    assertThat(charts).hasSize(1);
    return charts.get(0);
  }

  @Test
  void the_workbook_holds_no_text_but_labels_fund_names_and_months() throws IOException {
    Set<String> allowed = new HashSet<>();
    try (XSSFWorkbook workbook = Workbooks.open(write(march()))) {
      for (String text : Workbooks.allText(workbook)) {
        allowed.add(text);
      }
    }
    allowed.removeIf(
        text ->
            text.startsWith("Eastside Mutual Aid")
                || text.startsWith("Donations: ")
                || text.matches("[A-Z][a-z]{2} 20\\d\\d")
                || text.equals("Apr 2025 to Mar 2026")
                || text.startsWith("March 2026")
                || text.startsWith("Money in and out"));
    assertThat(allowed)
        .containsExactlyInAnyOrder(
            "Summary",
            "Trend",
            "At a glance",
            "",
            "Money in",
            "Money out",
            "Households helped",
            "Average award",
            "Gifts received",
            "Donors",
            "Fund",
            "Restriction",
            "Opening balance",
            "Closing balance",
            "Change",
            "General fund",
            "Rent relief (Smith Foundation)",
            "With donor restrictions",
            "Without donor restrictions",
            "All funds",
            "Gifts or grants",
            "Money in by source",
            "Money out by category",
            "Amount",
            "Grants",
            "Total",
            "Awards",
            "Rent",
            "Utilities",
            "Food",
            "Medical",
            "Legal",
            "Transport",
            "Other",
            "Month",
            "Net");
  }

  @Test
  void refuses_a_trend_that_does_not_end_with_the_month() {
    DonorMonthlyData valid = march();
    List<MonthlyFlow> shifted = new ArrayList<>();
    valid.trend().forEach(f -> shifted.add(new MonthlyFlow(f.month().minusMonths(1), 0, 0)));
    assertThatThrownBy(
            () ->
                new DonorMonthlyData(
                    valid.organisation(),
                    valid.month(),
                    USD,
                    valid.funds(),
                    valid.donations(),
                    valid.donorCount(),
                    valid.grants(),
                    valid.spending(),
                    valid.householdsHelped(),
                    shifted))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
