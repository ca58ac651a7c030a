package org.reliefledger.reports.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads workbooks back for assertions. */
public final class Workbooks {

  /** A report writer call, such as {@code out -> TrialBalanceReport.write(data, out)}. */
  @FunctionalInterface
  public interface Writing {
    void writeTo(OutputStream out) throws IOException;
  }

  private Workbooks() {}

  /** The bytes a writer produces. */
  public static byte[] bytes(Writing writing) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writing.writeTo(out);
    return out.toByteArray();
  }

  public static XSSFWorkbook open(byte[] bytes) {
    try {
      return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A money cell in minor units (two decimals); fails unless the cell is numeric. */
  public static long cents(Cell cell) {
    assertThat(cell.getCellType()).as("cell %s", cell.getAddress()).isEqualTo(CellType.NUMERIC);
    return BigDecimal.valueOf(cell.getNumericCellValue())
        .movePointRight(2)
        .setScale(0, RoundingMode.HALF_EVEN)
        .longValueExact();
  }

  /** A count cell; fails unless the cell is numeric and whole. */
  public static long count(Cell cell) {
    assertThat(cell.getCellType()).as("cell %s", cell.getAddress()).isEqualTo(CellType.NUMERIC);
    return BigDecimal.valueOf(cell.getNumericCellValue()).longValueExact();
  }

  /** The first row whose first cell holds exactly this text. */
  public static Row rowStartingWith(Sheet sheet, String text) {
    for (Row row : sheet) {
      Cell first = row.getCell(0);
      if (first != null
          && first.getCellType() == CellType.STRING
          && first.getStringCellValue().equals(text)) {
        return row;
      }
    }
    throw new AssertionError("no row starts with " + text + " in " + sheet.getSheetName());
  }

  /**
   * The decompressed text of every part of the file (sheets, shared strings, charts, properties),
   * so that a search for a forbidden string cannot miss a place POI put it.
   */
  public static String everyPart(byte[] xlsx) {
    StringBuilder text = new StringBuilder();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        text.append(entry.getName()).append('\n');
        text.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  /** Every sheet name and every text cell of the workbook. */
  public static List<String> allText(XSSFWorkbook workbook) {
    List<String> texts = new ArrayList<>();
    for (Sheet sheet : workbook) {
      texts.add(sheet.getSheetName());
      for (Row row : sheet) {
        for (Cell cell : row) {
          if (cell.getCellType() == CellType.STRING) {
            texts.add(cell.getStringCellValue());
          }
        }
      }
    }
    return texts;
  }
}
