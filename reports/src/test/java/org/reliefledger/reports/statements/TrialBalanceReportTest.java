package org.reliefledger.reports.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.reliefledger.reports.xlsx.Workbooks;

public class TrialBalanceReportTest {

  public static TrialBalanceData sample() {
    return new TrialBalanceData(
        "Eastside Mutual Aid",
        LocalDate.of(2026, 3, 31),
        Currency.getInstance("USD"),
        List.of(
            new TrialBalanceRow("4000", "Donations", "GEN", 0, 1_200_001),
            new TrialBalanceRow("1000", "Bank", "RENT", 400_000, 0),
            new TrialBalanceRow("1000", "Bank", "GEN", 900_000, 0),
            new TrialBalanceRow("5000", "Rent relief", "RENT", 100_001, 0),
            new TrialBalanceRow("4100", "Grants", "RENT", 0, 500_001),
            new TrialBalanceRow("5100", "Utilities", "GEN", 300_001, 0)));
  }

  public static byte[] write(TrialBalanceData data) throws IOException {
    return Workbooks.bytes(out -> TrialBalanceReport.write(data, out));
  }

  @Test
  void rows_are_sorted_by_account_then_fund_and_totals_are_equal() throws IOException {
    try (XSSFWorkbook workbook = Workbooks.open(write(sample()))) {
      Sheet sheet = workbook.getSheet(TrialBalanceReport.SHEET);
      Row header = Workbooks.rowStartingWith(sheet, "Account");
      List<String> keys = new ArrayList<>();
      long debit = 0;
      long credit = 0;
      for (int r = header.getRowNum() + 1; r <= header.getRowNum() + 6; r++) {
        Row row = sheet.getRow(r);
        keys.add(row.getCell(0).getStringCellValue() + "/" + row.getCell(2).getStringCellValue());
        debit += Workbooks.cents(row.getCell(3));
        credit += Workbooks.cents(row.getCell(4));
      }
      assertThat(keys)
          .containsExactly(
              "1000/GEN", "1000/RENT", "4000/GEN", "4100/RENT", "5000/RENT", "5100/GEN");
      Row total = Workbooks.rowStartingWith(sheet, "Total");
      assertThat(Workbooks.cents(total.getCell(3))).isEqualTo(debit).isEqualTo(1_700_002);
      assertThat(Workbooks.cents(total.getCell(4))).isEqualTo(credit).isEqualTo(1_700_002);
      assertThat(sheet.getRow(header.getRowNum() + 1).getCell(1).getStringCellValue())
          .isEqualTo("Bank");
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
    }
  }

  @Test
  void an_unbalanced_trial_balance_is_refused() {
    assertThatThrownBy(
            () ->
                new TrialBalanceData(
                    "Fund",
                    LocalDate.of(2026, 3, 31),
                    Currency.getInstance("USD"),
                    List.of(new TrialBalanceRow("1000", "Bank", "GEN", 100, 0))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
