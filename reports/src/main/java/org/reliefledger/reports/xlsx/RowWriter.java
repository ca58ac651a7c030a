package org.reliefledger.reports.xlsx;

import java.time.LocalDate;
import java.util.Currency;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/**
 * Fills one row left to right. Money and counts are always numeric cells with a number format,
 * never text, so that spreadsheets can add them up.
 */
public final class RowWriter {

  private final Row row;
  private final ReportStyles styles;
  private final Currency currency;
  private int nextColumn;

  RowWriter(Row row, ReportStyles styles, Currency currency) {
    this.row = row;
    this.styles = styles;
    this.currency = currency;
  }

  public RowWriter text(String value) {
    return styled(value, styles.text());
  }

  /** The label of a totals row. */
  public RowWriter totalLabel(String value) {
    return styled(value, styles.textBold());
  }

  /** Wrapped prose. */
  public RowWriter note(String value) {
    return styled(value, styles.note());
  }

  public RowWriter money(long minorUnits) {
    return number(MinorUnits.toDecimal(minorUnits, currency).doubleValue(), styles.money());
  }

  public RowWriter moneyTotal(long minorUnits) {
    return number(MinorUnits.toDecimal(minorUnits, currency).doubleValue(), styles.moneyTotal());
  }

  public RowWriter count(long value) {
    return number(value, styles.count());
  }

  public RowWriter countTotal(long value) {
    return number(value, styles.countTotal());
  }

  /** A text marker in place of a value that must not be shown. */
  public RowWriter marker(String marker) {
    return styled(marker, styles.marker());
  }

  public RowWriter date(LocalDate value) {
    Cell cell = row.createCell(nextColumn++);
    cell.setCellValue(value);
    cell.setCellStyle(styles.date());
    return this;
  }

  /** A plain integer such as an entry id, without thousands separators. */
  public RowWriter integer(long value) {
    row.createCell(nextColumn++).setCellValue(value);
    return this;
  }

  /** Leaves the next cell empty. */
  public RowWriter skip() {
    nextColumn++;
    return this;
  }

  /** Text in a given style. */
  public RowWriter styled(String value, CellStyle style) {
    Cell cell = row.createCell(nextColumn++);
    cell.setCellValue(value);
    cell.setCellStyle(style);
    return this;
  }

  private RowWriter number(double value, CellStyle style) {
    Cell cell = row.createCell(nextColumn++);
    cell.setCellValue(value);
    cell.setCellStyle(style);
    return this;
  }

  /** The zero-based index of this row in its sheet. */
  public int index() {
    return row.getRowNum();
  }
}
