package org.reliefledger.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.reliefledger.reports.statements.GeneralLedgerExport;
import org.reliefledger.reports.statements.GeneralLedgerExportInfo;
import org.reliefledger.reports.statements.LedgerEntry;
import org.reliefledger.reports.statements.LedgerPosting;

/**
 * The general-ledger export of 1,000,000 postings with {@link GeneralLedgerExport} against writing
 * the same rows with a bare {@link SXSSFWorkbook} in the same JVM. Run it with {@code -Xmx256m} and
 * a private {@code java.io.tmpdir}: it reports rows/s of both, their ratio, the peak heap in use
 * (sampled every 5 ms) and the temporary files left behind.
 */
public final class ExportBenchmark {

  static final int POSTINGS = 1_000_000;
  private static final int WARM_UP = 50_000;

  private ExportBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    var table = new Table();
    run("bare", WARM_UP, ExportBenchmark::bare, tmp);
    run("export", WARM_UP, ExportBenchmark::export, tmp);
    Measured bare = run("bare", POSTINGS, ExportBenchmark::bare, tmp);
    Measured export = run("export", POSTINGS, ExportBenchmark::export, tmp);
    long maxHeapMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
    table.figure("bare SXSSFWorkbook, 1,000,000 rows", "%.0f rows/s", bare.rowsPerSecond());
    table.figure("  peak heap used", "%.0f MB", bare.peakHeapMb());
    table.figure("GeneralLedgerExport, 1,000,000 postings", "%.0f rows/s", export.rowsPerSecond());
    table.ratio(
        "  ratio to bare SXSSFWorkbook", export.rowsPerSecond() / bare.rowsPerSecond(), 0.7);
    table.line(
        "  peak heap used (max heap " + maxHeapMb + " MB)",
        String.format("%.0f MB", export.peakHeapMb()),
        export.peakHeapMb() <= 256 ? "≤ 256 MB" : "MISSED ≤ 256 MB");
    table.line("  workbook size", String.format("%.0f MB", export.fileMb()), "");
    table.line("  temporary files left", String.valueOf(export.tempFilesLeft()), "0");
    table.print();
  }

  /** Writes {@code postings} rows to {@code out}. */
  interface Writer {
    void write(int postings, OutputStream out) throws IOException;
  }

  record Measured(double rowsPerSecond, double peakHeapMb, double fileMb, long tempFilesLeft) {}

  private static Measured run(String name, int postings, Writer writer, Path tmp)
      throws IOException, InterruptedException {
    Path file = Files.createTempFile(tmp, "bench-" + name, ".xlsx");
    System.gc();
    var peak = new AtomicLong();
    var memory = ManagementFactory.getMemoryMXBean();
    Thread sampler =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                  Thread.sleep(5);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    sampler.setDaemon(true);
    sampler.start();
    long start = System.nanoTime();
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      writer.write(postings, out);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    sampler.interrupt();
    sampler.join();
    double fileMb = Files.size(file) / (1024.0 * 1024.0);
    Files.delete(file);
    long left;
    try (Stream<Path> files = Files.walk(tmp)) {
      left = files.filter(Files::isRegularFile).count();
    }
    return new Measured(postings / seconds, peak.get() / (1024.0 * 1024.0), fileMb, left);
  }

  private static void export(int postings, OutputStream out) throws IOException {
    var info =
        new GeneralLedgerExportInfo(
            "Benchmark fund",
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 12, 31),
            Currency.getInstance("USD"));
    GeneralLedgerExport.write(info, entries(postings / 2), out);
  }

  /** The same cells as the export's rows, with no more than a date and a money format. */
  private static void bare(int postings, OutputStream out) throws IOException {
    var workbook = new SXSSFWorkbook(GeneralLedgerExport.ROW_WINDOW);
    try {
      SXSSFSheet sheet = workbook.createSheet("General ledger");
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
      CellStyle money = workbook.createCellStyle();
      money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
      int rowIndex = 0;
      Iterator<LedgerEntry> entries = entries(postings / 2);
      while (entries.hasNext()) {
        LedgerEntry entry = entries.next();
        for (LedgerPosting posting : entry.postings()) {
          Row row = sheet.createRow(rowIndex++);
          row.createCell(0).setCellValue(entry.entryId());
          var day = row.createCell(1);
          day.setCellValue(entry.date());
          day.setCellStyle(date);
          row.createCell(2).setCellValue(entry.memo());
          row.createCell(4).setCellValue(entry.hash());
          row.createCell(5).setCellValue(posting.accountCode());
          row.createCell(6).setCellValue(posting.accountName());
          row.createCell(7).setCellValue(posting.fundCode());
          int column = posting.debitMinorUnits() > 0 ? 8 : 9;
          var amount = row.createCell(column);
          amount.setCellValue((posting.debitMinorUnits() + posting.creditMinorUnits()) / 100.0);
          amount.setCellStyle(money);
        }
      }
      workbook.write(out);
    } finally {
      workbook.dispose();
      workbook.close();
    }
  }

  /**
   * {@code count} two-posting entries, generated on the fly as a database cursor would give them.
   */
  static Iterator<LedgerEntry> entries(int count) {
    String[] hashes = new String[1024];
    for (int i = 0; i < hashes.length; i++) {
      hashes[i] = String.format("%064x", (long) i * 0x9E3779B97F4A7C15L);
    }
    LocalDate first = LocalDate.of(2026, 1, 1);
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < count;
      }

      @Override
      public LedgerEntry next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        long id = 50L + next;
        long cents = 1_000 + next % 9_000;
        String fund = "FUND-" + (next % 50);
        next++;
        return new LedgerEntry(
            id,
            first.plusDays(id % 365),
            "Donation",
            null,
            hashes[(int) (id % hashes.length)],
            List.of(
                new LedgerPosting("1000", "Bank account", fund, cents, 0),
                new LedgerPosting("4000", "Donations", fund, 0, cents)));
      }
    };
  }
}
