package org.reliefledger.reports.statements;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Comparator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.reliefledger.reports.xlsx.ReportStyles;
import org.reliefledger.reports.xlsx.SheetWriter;

/**
 * Writes the trial balance: account code and name, fund, debit, credit, sorted by account then
 * fund, with totals.
 *
 * <p>Guarantees: the total debit equals the total credit (the data refuses to be built otherwise),
 * and both equal the sums of the rows shown.
 */
public final class TrialBalanceReport {

  static final String SHEET = "Trial balance";

  private TrialBalanceReport() {}

  /** Writes the workbook to {@code out}; the stream is left open. */
  public static void write(TrialBalanceData data, OutputStream out) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      SheetWriter sheet =
          new SheetWriter(
              workbook.createSheet(SHEET),
              ReportStyles.createFor(workbook, data.currency()),
              data.currency());
      sheet.title(
          data.organisation() + " — trial balance",
          "As of " + data.asOf() + " · amounts in " + data.currency().getCurrencyCode());
      sheet.header(3, "Account", "Name", "Fund", "Debit", "Credit");
      sheet.freezeRowsAbove(sheet.nextRowIndex());
      sheet.columnWidths(12, 34, 16, 18, 18);
      data.rows().stream()
          .sorted(
              Comparator.comparing(TrialBalanceRow::accountCode)
                  .thenComparing(TrialBalanceRow::fundCode))
          .forEach(
              row ->
                  sheet
                      .row()
                      .text(row.accountCode())
                      .text(row.accountName())
                      .text(row.fundCode())
                      .money(row.debitMinorUnits())
                      .money(row.creditMinorUnits()));
      sheet
          .row()
          .totalLabel("Total")
          .totalLabel("")
          .totalLabel("")
          .moneyTotal(data.totalDebitMinorUnits())
          .moneyTotal(data.totalCreditMinorUnits());
      workbook.write(out);
    }
  }
}
