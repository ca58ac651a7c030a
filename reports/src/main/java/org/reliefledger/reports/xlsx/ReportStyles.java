package org.reliefledger.reports.xlsx;

import java.util.Currency;
import java.util.Locale;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The handful of cell styles every report uses, created once per workbook and shared by all its
 * cells.
 *
 * <p>Guarantees: money cells carry a currency number format of the report's currency with its
 * number of decimals; counts carry a thousands-separated integer format; totals are bold with a
 * rule above.
 */
public final class ReportStyles {

  private final CellStyle title;
  private final CellStyle subtitle;
  private final CellStyle header;
  private final CellStyle headerRight;
  private final CellStyle text;
  private final CellStyle textBold;
  private final CellStyle note;
  private final CellStyle money;
  private final CellStyle moneyTotal;
  private final CellStyle count;
  private final CellStyle countTotal;
  private final CellStyle marker;
  private final CellStyle date;

  private ReportStyles(Workbook workbook, Currency currency) {
    Font titleFont = workbook.createFont();
    titleFont.setBold(true);
    titleFont.setFontHeightInPoints((short) 16);
    Font boldFont = workbook.createFont();
    boldFont.setBold(true);
    Font subtitleFont = workbook.createFont();
    subtitleFont.setItalic(true);
    subtitleFont.setColor(IndexedColors.GREY_80_PERCENT.getIndex());

    short moneyFormat = workbook.createDataFormat().getFormat(currencyFormat(currency));
    short countFormat = workbook.createDataFormat().getFormat("#,##0");

    title = workbook.createCellStyle();
    title.setFont(titleFont);
    subtitle = workbook.createCellStyle();
    subtitle.setFont(subtitleFont);
    header = workbook.createCellStyle();
    header.setFont(boldFont);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setBorderBottom(BorderStyle.THIN);
    header.setWrapText(true);
    header.setVerticalAlignment(VerticalAlignment.CENTER);
    headerRight = workbook.createCellStyle();
    headerRight.cloneStyleFrom(header);
    headerRight.setAlignment(HorizontalAlignment.RIGHT);
    text = workbook.createCellStyle();
    textBold = totalOf(workbook, text, boldFont);
    note = workbook.createCellStyle();
    note.setWrapText(true);
    note.setVerticalAlignment(VerticalAlignment.TOP);
    money = workbook.createCellStyle();
    money.setDataFormat(moneyFormat);
    moneyTotal = totalOf(workbook, money, boldFont);
    count = workbook.createCellStyle();
    count.setDataFormat(countFormat);
    countTotal = totalOf(workbook, count, boldFont);
    marker = workbook.createCellStyle();
    marker.setAlignment(HorizontalAlignment.RIGHT);
    date = workbook.createCellStyle();
    date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
  }

  /** The style of a totals row: the base style, bold, with a rule above. */
  private static CellStyle totalOf(Workbook workbook, CellStyle base, Font bold) {
    CellStyle total = workbook.createCellStyle();
    total.cloneStyleFrom(base);
    total.setFont(bold);
    total.setBorderTop(BorderStyle.THIN);
    return total;
  }

  /** Creates the styles in the workbook; call once per workbook. */
  public static ReportStyles createFor(Workbook workbook, Currency currency) {
    return new ReportStyles(workbook, currency);
  }

  /**
   * An Excel number format for the currency: {@code "$"#,##0.00} for USD, {@code #,##0.00 "CHF"}
   * where the currency has no distinct symbol, and no decimals for currencies without minor units.
   */
  public static String currencyFormat(Currency currency) {
    int digits = MinorUnits.fractionDigits(currency);
    String number = digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits);
    String symbol = currency.getSymbol(Locale.US);
    String positive =
        symbol.equals(currency.getCurrencyCode())
            ? number + " \"" + symbol + "\""
            : "\"" + symbol + "\"" + number;
    return positive + ";-" + positive;
  }

  public CellStyle title() {
    return title;
  }

  public CellStyle subtitle() {
    return subtitle;
  }

  public CellStyle header() {
    return header;
  }

  /** A header over a numeric column, aligned with its numbers. */
  public CellStyle headerRight() {
    return headerRight;
  }

  public CellStyle text() {
    return text;
  }

  /** The label of a totals row. */
  public CellStyle textBold() {
    return textBold;
  }

  /** Wrapped prose, for the Method sheet and footnotes. */
  public CellStyle note() {
    return note;
  }

  public CellStyle money() {
    return money;
  }

  public CellStyle moneyTotal() {
    return moneyTotal;
  }

  public CellStyle count() {
    return count;
  }

  public CellStyle countTotal() {
    return countTotal;
  }

  /** The marker that stands in for a suppressed value. */
  public CellStyle marker() {
    return marker;
  }

  public CellStyle date() {
    return date;
  }
}
