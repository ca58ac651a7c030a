package org.reliefledger.reports.statements;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Comparator;
import org.reliefledger.reports.xlsx.ReportWorkbook;
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
    ReportWorkbook.write(data.currency(), out, workbook -> fill(data, workbook.sheet(SHEET)));
  }

  private static void fill(TrialBalanceData data, SheetWriter sheet) {
    sheet.title(
        data.organisation() + " — trial balance",
        "As of " + data.asOf() + " · amounts in " + data.currency().getCurrencyCode());
    int header = sheet.header(3, "Account", "Name", "Fund", "Debit", "Credit").index();
    sheet.printOnePageWide(false, header, header);
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
  }
}
