package org.reliefledger.reports.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.reliefledger.reports.statements.ActivityLine.Kind;
import org.reliefledger.reports.xlsx.Workbooks;

public class StatementOfActivitiesReportTest {

  public static StatementOfActivitiesData sample() {
    return new StatementOfActivitiesData(
        "Eastside Mutual Aid",
        LocalDate.of(2026, 1, 1),
        LocalDate.of(2026, 3, 31),
        Currency.getInstance("USD"),
        List.of(
            new FundColumn("GEN", "General fund", false, 1_000_000),
            new FundColumn("RENT", "Rent relief", true, 200_000),
            new FundColumn("OPS", "Operations", false, 5_000),
            new FundColumn("MED", "Medical grant", true, 0)),
        List.of(
            new ActivityLine("GEN", Kind.INCOME, "4000", "Donations", 300_001),
            new ActivityLine("OPS", Kind.INCOME, "4000", "Donations", 20_000),
            new ActivityLine("RENT", Kind.INCOME, "4100", "Grants", 500_000),
            new ActivityLine("MED", Kind.INCOME, "4100", "Grants", 100_003),
            new ActivityLine("RENT", Kind.EXPENSE, "5000", "Rent relief", 450_000),
            new ActivityLine("GEN", Kind.EXPENSE, "5100", "Utilities", 80_000),
            new ActivityLine("OPS", Kind.EXPENSE, "5900", "Bank fees", 1_234),
            new ActivityLine("MED", Kind.EXPENSE, "5200", "Medical", 60_000)));
  }

  public static byte[] write(StatementOfActivitiesData data) throws IOException {
    return Workbooks.bytes(out -> StatementOfActivitiesReport.write(data, out));
  }

  /** Columns: General, Operations, Total without, Rent relief, Medical grant, Total with, Total. */
  static List<Long> amounts(Row row) {
    List<Long> amounts = new ArrayList<>();
    for (int c = 1; c <= 7; c++) {
      Cell cell = row.getCell(c);
      amounts.add(Workbooks.cents(cell));
    }
    return amounts;
  }

  @Test
  void funds_are_grouped_by_restriction_with_subtotals() throws IOException {
    try (XSSFWorkbook workbook = Workbooks.open(write(sample()))) {
      Sheet sheet = workbook.getSheet(StatementOfActivitiesReport.SHEET);
      Row header = sheet.getRow(3);
      List<String> headings = new ArrayList<>();
      for (int c = 1; c <= 7; c++) {
        headings.add(header.getCell(c).getStringCellValue());
      }
      assertThat(headings)
          .containsExactly(
              "General fund",
              "Operations",
              "Total without donor restrictions",
              "Rent relief",
              "Medical grant",
              "Total with donor restrictions",
              "Total");
    }
  }

  @Test
  void income_expenses_and_change_in_net_assets_to_the_cent() throws IOException {
    try (XSSFWorkbook workbook = Workbooks.open(write(sample()))) {
      Sheet sheet = workbook.getSheet(StatementOfActivitiesReport.SHEET);
      assertThat(amounts(Workbooks.rowStartingWith(sheet, "4000 Donations")))
          .containsExactly(300_001L, 20_000L, 320_001L, 0L, 0L, 0L, 320_001L);
      assertThat(amounts(Workbooks.rowStartingWith(sheet, "Total income")))
          .containsExactly(300_001L, 20_000L, 320_001L, 500_000L, 100_003L, 600_003L, 920_004L);
      assertThat(amounts(Workbooks.rowStartingWith(sheet, "Total expenses")))
          .containsExactly(80_000L, 1_234L, 81_234L, 450_000L, 60_000L, 510_000L, 591_234L);
      assertThat(amounts(Workbooks.rowStartingWith(sheet, "Change in net assets")))
          .containsExactly(220_001L, 18_766L, 238_767L, 50_000L, 40_003L, 90_003L, 328_770L);
      assertThat(amounts(Workbooks.rowStartingWith(sheet, "Net assets, beginning of period")))
          .containsExactly(1_000_000L, 5_000L, 1_005_000L, 200_000L, 0L, 200_000L, 1_205_000L);
      assertThat(amounts(Workbooks.rowStartingWith(sheet, "Net assets, end of period")))
          .containsExactly(
              1_220_001L, 23_766L, 1_243_767L, 250_000L, 40_003L, 290_003L, 1_533_770L);
    }
  }

  @Test
  void accounts_are_listed_in_code_order_within_their_section() throws IOException {
    try (XSSFWorkbook workbook = Workbooks.open(write(sample()))) {
      Sheet sheet = workbook.getSheet(StatementOfActivitiesReport.SHEET);
      Row expenses = Workbooks.rowStartingWith(sheet, "Expenses");
      List<String> accounts = new ArrayList<>();
      for (int r = expenses.getRowNum() + 1; r <= expenses.getRowNum() + 4; r++) {
        accounts.add(sheet.getRow(r).getCell(0).getStringCellValue());
      }
      assertThat(accounts)
          .containsExactly("5000 Rent relief", "5100 Utilities", "5200 Medical", "5900 Bank fees");
    }
  }
}
