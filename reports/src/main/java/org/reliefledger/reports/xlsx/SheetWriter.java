package org.reliefledger.reports.xlsx;

import java.util.Currency;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Appends rows to a sheet top to bottom, with the report's shared styles. Appending only is what
 * lets the same code write a streamed ({@code SXSSF}) sheet.
 */
public final class SheetWriter {

  private static final int CHARACTER_WIDTH = 256;

  private final Sheet sheet;
  private final ReportStyles styles;
  private final Currency currency;
  private int nextRow;

  public SheetWriter(Sheet sheet, ReportStyles styles, Currency currency) {
    this.sheet = sheet;
    this.styles = styles;
    this.currency = currency;
  }

  /** Writes the title and a subtitle (e.g. the period) on the first two rows, then a blank row. */
  public void title(String title, String subtitle) {
    row().styled(title, styles.title());
    row().styled(subtitle, styles.subtitle());
    blank();
  }

  /** A bold, shaded header row: the first heading over labels, the others over numbers. */
  public RowWriter header(String... headings) {
    return header(1, headings);
  }

  /**
   * A bold, shaded header row whose first {@code textColumns} headings sit over text (left-aligned)
   * and the others over numbers (right-aligned).
   */
  public RowWriter header(int textColumns, String... headings) {
    RowWriter row = row();
    for (int i = 0; i < headings.length; i++) {
      row.styled(headings[i], i < textColumns ? styles.header() : styles.headerRight());
    }
    return row;
  }

  /** A new row below the last one. */
  public RowWriter row() {
    return new RowWriter(sheet.createRow(nextRow++), styles, currency);
  }

  /** Leaves an empty row. */
  /**
   * Wrapped prose across the first {@code columns} columns, about {@code widthCharacters} wide in
   * all. The row is made tall enough for every line: spreadsheets do not grow a row for wrapped
   * text written by POI, so the rest would be cut off on screen or printed over the next row.
   */
  public void paragraph(String text, int widthCharacters, int columns) {
    RowWriter row = row().note(text);
    if (columns > 1) {
      merge(row.index(), row.index(), 0, columns - 1);
    }
    int lines = 0;
    for (String line : text.split("\n", -1)) {
      // proportional fonts fit a little more than the column's nominal width in characters
      lines += Math.max(1, (int) Math.ceil(line.length() / (widthCharacters * 1.05)));
    }
    sheet.getRow(row.index()).setHeightInPoints(lines * sheet.getDefaultRowHeightInPoints() + 4);
  }

  public void blank() {
    nextRow++;
  }

  /** The index of the row {@link #row()} will create next. */
  public int nextRowIndex() {
    return nextRow;
  }

  /** Column widths in characters, from column A on. */
  public void columnWidths(int... characters) {
    for (int i = 0; i < characters.length; i++) {
      sheet.setColumnWidth(i, characters[i] * CHARACTER_WIDTH);
    }
  }

  /** Keeps the rows above {@code rowIndex} in view while scrolling. */
  public void freezeRowsAbove(int rowIndex) {
    sheet.createFreezePane(0, rowIndex);
  }

  /** Keeps the header rows above {@code rowIndex} and the label columns left of it in view. */
  public void freezeRowsAndColumns(int rowIndex, int columnIndex) {
    sheet.createFreezePane(columnIndex, rowIndex);
  }

  /** Merges a block of cells that were already written (e.g. a heading over two columns). */
  public void merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
    sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
  }

  /**
   * Prints the sheet one page wide (as many pages tall as needed), repeating the header rows {@code
   * firstHeaderRow..lastHeaderRow} at the top of every page.
   */
  public void printOnePageWide(boolean landscape, int firstHeaderRow, int lastHeaderRow) {
    sheet.getPrintSetup().setLandscape(landscape);
    sheet.getPrintSetup().setFitWidth((short) 1);
    sheet.getPrintSetup().setFitHeight((short) 0);
    sheet.setFitToPage(true);
    sheet.setRepeatingRows(new CellRangeAddress(firstHeaderRow, lastHeaderRow, -1, -1));
  }

  public ReportStyles styles() {
    return styles;
  }

  public Sheet sheet() {
    return sheet;
  }
}
