package org.reliefledger.reports.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Currency;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An in-memory workbook with the report styles, written to a stream when its content is done. For
 * the small reports (donor, transparency, trial balance, activities); the general ledger is
 * streamed instead.
 */
public final class ReportWorkbook {

  /** Fills the sheets of a workbook. */
  @FunctionalInterface
  public interface Content {
    void fill(ReportWorkbook workbook);
  }

  private final XSSFWorkbook workbook;
  private final ReportStyles styles;
  private final Currency currency;

  private ReportWorkbook(XSSFWorkbook workbook, Currency currency) {
    this.workbook = workbook;
    this.styles = ReportStyles.createFor(workbook, currency);
    this.currency = currency;
  }

  /** Builds a workbook with {@code content} and writes it to {@code out}, leaving it open. */
  public static void write(Currency currency, OutputStream out, Content content)
      throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      content.fill(new ReportWorkbook(workbook, currency));
      workbook.write(out);
    }
  }

  /** Adds a sheet and a writer for it. */
  public SheetWriter sheet(String name) {
    return new SheetWriter(workbook.createSheet(name), styles, currency);
  }
}
