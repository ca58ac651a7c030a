package org.reliefledger.reports.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefledger.reports.xlsx.Workbooks;

public class GeneralLedgerExportTest {

  public static final GeneralLedgerExportInfo INFO =
      new GeneralLedgerExportInfo(
          "Eastside Mutual Aid",
          LocalDate.of(2026, 1, 1),
          LocalDate.of(2026, 12, 31),
          Currency.getInstance("USD"));
  static final int FIRST_DATA_ROW = 4;

  /** The amount of entry {@code id}: varied cents so that a rounding slip would show. */
  static long amount(long id) {
    return (id % 1000 + 1) * 100 + id % 97;
  }

  public static LedgerEntry entry(long id) {
    long cents = amount(id);
    return new LedgerEntry(
        id,
        LocalDate.of(2026, 1, 1).plusDays(id % 365),
        id % 10 == 0 ? null : "Donation " + id,
        id % 50 == 0 ? id - 1 : null,
        String.format("%064x", id * 2654435761L),
        List.of(
            new LedgerPosting("1000", "Bank", "GEN", cents, 0),
            new LedgerPosting("4000", "Donations", "GEN", 0, cents)));
  }

  /** Entries 1..count, made one at a time as the export asks for them. */
  static Iterator<LedgerEntry> entries(long count, Runnable midway) {
    return new Iterator<>() {
      private long next = 1;

      @Override
      public boolean hasNext() {
        return next <= count;
      }

      @Override
      public LedgerEntry next() {
        if (next == count / 2) {
          midway.run();
        }
        return entry(next++);
      }
    };
  }

  static Set<Path> sxssfTempFiles() throws IOException {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    try (Stream<Path> files = Files.walk(tmp, 3)) {
      return files
          .filter(f -> f.getFileName().toString().startsWith("poi-sxssf"))
          .collect(Collectors.toSet());
    } catch (java.io.UncheckedIOException e) {
      // another process removed a file while we walked; look again
      return sxssfTempFiles();
    }
  }

  @Test
  void two_hundred_thousand_postings_stream_out_and_leave_no_temp_file(@TempDir Path dir)
      throws Exception {
    Set<Path> before = sxssfTempFiles();
    Set<Path> duringExport = new HashSet<>();
    Path xlsx = dir.resolve("gl.xlsx");
    long postings;
    try (OutputStream out = Files.newOutputStream(xlsx)) {
      postings =
          GeneralLedgerExport.write(
              INFO, entries(100_000, () -> duringExport.addAll(newFiles(before))), out);
    }

    assertThat(duringExport).as("the export spills rows to temp files while it runs").isNotEmpty();
    assertThat(newFiles(before)).as("temp files left behind").isEmpty();
    assertThat(postings).isEqualTo(200_000);

    AtomicLong dataRows = new AtomicLong();
    AtomicLong debits = new AtomicLong();
    AtomicLong credits = new AtomicLong();
    long[] totals = new long[2];
    StreamingSheetReader.read(
        xlsx,
        row -> {
          if (row.index() < FIRST_DATA_ROW) {
            return;
          }
          if ("Total".equals(row.cell(0))) {
            totals[0] = cents(row.cell(8));
            totals[1] = cents(row.cell(9));
            return;
          }
          dataRows.incrementAndGet();
          debits.addAndGet(row.cell(8) == null ? 0 : cents(row.cell(8)));
          credits.addAndGet(row.cell(9) == null ? 0 : cents(row.cell(9)));
        });
    long expected = 0;
    for (long id = 1; id <= 100_000; id++) {
      expected += amount(id);
    }
    assertThat(dataRows.get()).isEqualTo(200_000);
    assertThat(debits.get()).isEqualTo(expected).isEqualTo(credits.get());
    assertThat(totals).containsExactly(expected, expected);
  }

  private static Set<Path> newFiles(Set<Path> before) {
    try {
      Set<Path> now = sxssfTempFiles();
      now.removeAll(before);
      return now;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static long cents(String value) {
    return new BigDecimal(value).movePointRight(2).longValueExact();
  }

  @Test
  void a_failing_source_still_removes_the_temp_files() throws IOException {
    Set<Path> before = sxssfTempFiles();
    Iterator<LedgerEntry> failing =
        entries(
            2_000,
            () -> {
              throw new IllegalStateException("database connection lost");
            });

    assertThatThrownBy(() -> GeneralLedgerExport.write(INFO, failing, new ByteArrayOutputStream()))
        .isInstanceOf(IllegalStateException.class);
    assertThat(newFiles(before)).isEmpty();
  }

  @Test
  void every_posting_row_carries_its_entry_and_hash() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    GeneralLedgerExport.write(INFO, Stream.of(entry(49), entry(50)), out);
    try (XSSFWorkbook workbook = Workbooks.open(out.toByteArray())) {
      Sheet sheet = workbook.getSheet(GeneralLedgerExport.SHEET);
      Row first = sheet.getRow(FIRST_DATA_ROW);
      assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(49);
      assertThat(first.getCell(1).getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(entry(49).date());
      assertThat(first.getCell(2).getStringCellValue()).isEqualTo("Donation 49");
      assertThat(first.getCell(4).getStringCellValue()).isEqualTo(entry(49).hash());
      assertThat(first.getCell(5).getStringCellValue()).isEqualTo("1000");
      assertThat(Workbooks.cents(first.getCell(8))).isEqualTo(amount(49));
      assertThat(first.getCell(9)).isNull();
      Row reversal = sheet.getRow(FIRST_DATA_ROW + 3);
      assertThat(reversal.getCell(2)).isNull();
      assertThat(reversal.getCell(3).getNumericCellValue()).isEqualTo(49);
      assertThat(Workbooks.cents(reversal.getCell(9))).isEqualTo(amount(50));
      Row totals = Workbooks.rowStartingWith(sheet, "Total");
      assertThat(Workbooks.cents(totals.getCell(8))).isEqualTo(amount(49) + amount(50));
      assertThat(Workbooks.cents(totals.getCell(9))).isEqualTo(amount(49) + amount(50));
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
    }
  }

  @Test
  void a_full_sheet_continues_on_the_next_with_its_own_header() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long postings = new GeneralLedgerExport(INFO, 30).export(entries(40, () -> {}), out);

    assertThat(postings).isEqualTo(80);
    try (XSSFWorkbook workbook = Workbooks.open(out.toByteArray())) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(4);
      assertThat(workbook.getSheetName(1)).isEqualTo("General ledger (2)");
      long rows = 0;
      for (Sheet sheet : workbook) {
        assertThat(sheet.getLastRowNum()).isLessThan(30);
        assertThat(sheet.getRow(FIRST_DATA_ROW - 1).getCell(4).getStringCellValue())
            .isEqualTo("Hash");
        for (Row row : sheet) {
          if (row.getRowNum() >= FIRST_DATA_ROW
              && row.getCell(0).getCellType().name().equals("NUMERIC")) {
            rows++;
          }
        }
      }
      assertThat(rows).isEqualTo(80);
    }
  }
}
