package org.reliefledger.reports.statements;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.stream.Stream;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.reliefledger.reports.xlsx.ReportStyles;
import org.reliefledger.reports.xlsx.RowWriter;
import org.reliefledger.reports.xlsx.SheetWriter;

/**
 * Streams every journal entry and posting, with the entry's hash, into a workbook: one row per
 * posting (the entry's id, date, memo, reversal link and hash repeated on each of its rows, so that
 * the rows can be filtered and re-added on their own), then totals of debits and credits.
 *
 * <p>Guarantees: memory stays bounded whatever the number of postings: entries are pulled one at a
 * time from the caller's iterator, only {@value #ROW_WINDOW} rows are held in memory (older rows go
 * to a compressed temporary file), styles are created once and strings are written inline rather
 * than into a shared table that would grow with the file. The temporary files are deleted when the
 * export ends, whether it succeeds or fails. When a sheet reaches Excel's row limit the export
 * continues on a new sheet.
 */
public final class GeneralLedgerExport {

  /** The number of rows kept in memory. */
  public static final int ROW_WINDOW = 100;

  static final String SHEET = "General ledger";

  private static final String[] HEADINGS = {
    "Entry",
    "Date",
    "Memo",
    "Reverses",
    "Hash",
    "Account",
    "Account name",
    "Fund",
    "Debit",
    "Credit"
  };
  private static final int[] WIDTHS = {10, 12, 40, 10, 66, 10, 28, 14, 16, 16};

  private final GeneralLedgerExportInfo info;
  private final int maxRowsPerSheet;

  GeneralLedgerExport(GeneralLedgerExportInfo info, int maxRowsPerSheet) {
    this.info = info;
    this.maxRowsPerSheet = maxRowsPerSheet;
  }

  /**
   * Writes the export to {@code out}, pulling entries from the iterator (for example over a
   * database cursor); the stream is left open.
   *
   * @return the number of postings written
   */
  public static long write(
      GeneralLedgerExportInfo info, Iterator<LedgerEntry> entries, OutputStream out)
      throws IOException {
    return new GeneralLedgerExport(info, SpreadsheetVersion.EXCEL2007.getMaxRows())
        .export(entries, out);
  }

  /**
   * Writes the export from a stream of entries (for example JPA's {@code getResultStream()}); the
   * caller closes the stream.
   *
   * @return the number of postings written
   */
  public static long write(
      GeneralLedgerExportInfo info, Stream<LedgerEntry> entries, OutputStream out)
      throws IOException {
    return write(info, entries.iterator(), out);
  }

  long export(Iterator<LedgerEntry> entries, OutputStream out) throws IOException {
    SXSSFWorkbook workbook = new SXSSFWorkbook(null, ROW_WINDOW, true, false);
    try {
      ReportStyles styles = ReportStyles.createFor(workbook, info.currency());
      SheetWriter sheet = newSheet(workbook, styles);
      long postings = 0;
      long debits = 0;
      long credits = 0;
      while (entries.hasNext()) {
        LedgerEntry entry = entries.next();
        for (LedgerPosting posting : entry.postings()) {
          if (sheet.nextRowIndex() >= maxRowsPerSheet) {
            sheet = newSheet(workbook, styles);
          }
          writePosting(sheet.row(), entry, posting);
          postings++;
          debits = Math.addExact(debits, posting.debitMinorUnits());
          credits = Math.addExact(credits, posting.creditMinorUnits());
        }
      }
      if (sheet.nextRowIndex() >= maxRowsPerSheet) {
        sheet = newSheet(workbook, styles);
      }
      RowWriter totals = sheet.row().totalLabel("Total");
      for (int i = 1; i < HEADINGS.length - 2; i++) {
        totals.totalLabel("");
      }
      totals.moneyTotal(debits).moneyTotal(credits);
      workbook.write(out);
      return postings;
    } finally {
      workbook.dispose();
      workbook.close();
    }
  }

  private SheetWriter newSheet(SXSSFWorkbook workbook, ReportStyles styles) {
    int number = workbook.getNumberOfSheets() + 1;
    SheetWriter sheet =
        new SheetWriter(
            workbook.createSheet(number == 1 ? SHEET : SHEET + " (" + number + ")"),
            styles,
            info.currency());
    sheet.title(
        info.organisation() + " — general ledger",
        info.from()
            + " to "
            + info.to()
            + " · every entry and posting with its hash · amounts in "
            + info.currency().getCurrencyCode());
    int header = sheet.header(HEADINGS.length - 2, HEADINGS).index();
    sheet.printOnePageWide(true, header, header);
    sheet.freezeRowsAbove(sheet.nextRowIndex());
    sheet.columnWidths(WIDTHS);
    return sheet;
  }

  private static void writePosting(RowWriter row, LedgerEntry entry, LedgerPosting posting) {
    row.integer(entry.entryId()).date(entry.date());
    if (entry.memo() == null) {
      row.skip();
    } else {
      row.text(entry.memo());
    }
    if (entry.reversesEntryId() == null) {
      row.skip();
    } else {
      row.integer(entry.reversesEntryId());
    }
    row.text(entry.hash())
        .text(posting.accountCode())
        .text(posting.accountName())
        .text(posting.fundCode());
    amountOrBlank(row, posting.debitMinorUnits());
    amountOrBlank(row, posting.creditMinorUnits());
  }

  private static void amountOrBlank(RowWriter row, long minorUnits) {
    if (minorUnits == 0) {
      row.skip();
    } else {
      row.money(minorUnits);
    }
  }
}
