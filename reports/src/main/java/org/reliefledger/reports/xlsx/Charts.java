package org.reliefledger.reports.xlsx;

import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Native Excel charts (DrawingML, through POI's XDDF) over cell ranges of the same sheet, so the
 * chart follows the figures if a treasurer edits them. The sheet must belong to an in-memory
 * ({@code XSSF}) workbook such as a {@link ReportWorkbook}'s.
 */
public final class Charts {

  /** Where a chart sits: from the top-left cell to the bottom-right cell (exclusive). */
  public record Placement(int firstColumn, int firstRow, int lastColumn, int lastRow) {}

  /** One line of a line chart: its legend title and its values. */
  public record Series(String title, CellRangeAddress values) {}

  /** Series colours: blue, orange (distinguishable with the common colour-vision deficiencies). */
  private static final byte[][] PALETTE = {
    {(byte) 0x1f, (byte) 0x77, (byte) 0xb4}, {(byte) 0xff, (byte) 0x7f, (byte) 0x0e}
  };

  private Charts() {}

  /** A vertical bar chart of one series. */
  public static XSSFChart barChart(
      Sheet sheet,
      Placement placement,
      String title,
      CellRangeAddress categories,
      Series series,
      String valueFormat) {
    XSSFSheet xssfSheet = (XSSFSheet) sheet;
    XSSFChart chart = newChart(xssfSheet, placement, title);
    XDDFBarChartData bars =
        (XDDFBarChartData)
            chart.createData(ChartTypes.BAR, xAxis(chart), yAxis(chart, valueFormat));
    bars.setBarDirection(BarDirection.COL);
    bars.setVaryColors(false);
    addSeries(xssfSheet, bars, categories, series).setShapeProperties(filled(PALETTE[0]));
    chart.plot(bars);
    return chart;
  }

  /** A line chart with a marker on every point and a legend below. */
  public static XSSFChart lineChart(
      Sheet sheet,
      Placement placement,
      String title,
      CellRangeAddress categories,
      List<Series> lines,
      String valueFormat) {
    XSSFSheet xssfSheet = (XSSFSheet) sheet;
    XSSFChart chart = newChart(xssfSheet, placement, title);
    chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
    XDDFLineChartData data =
        (XDDFLineChartData)
            chart.createData(ChartTypes.LINE, xAxis(chart), yAxis(chart, valueFormat));
    data.setVaryColors(false);
    for (int i = 0; i < lines.size(); i++) {
      XDDFLineChartData.Series added =
          (XDDFLineChartData.Series) addSeries(xssfSheet, data, categories, lines.get(i));
      added.setShapeProperties(stroked(PALETTE[i % PALETTE.length]));
      added.setMarkerStyle(MarkerStyle.CIRCLE);
      added.setSmooth(false);
    }
    chart.plot(data);
    return chart;
  }

  /**
   * A bar filled with {@code rgb}. LibreOffice draws a series with no fill or line set as nothing
   * at all (Excel picks a theme colour), so every series gets its colour explicitly.
   */
  private static XDDFShapeProperties filled(byte[] rgb) {
    XDDFShapeProperties shape = new XDDFShapeProperties();
    shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb)));
    return shape;
  }

  /** A line two points wide in {@code rgb}, for the same reason as {@link #filled}. */
  private static XDDFShapeProperties stroked(byte[] rgb) {
    XDDFLineProperties line = new XDDFLineProperties();
    line.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb)));
    line.setWidth(2.0);
    XDDFShapeProperties shape = filled(rgb);
    shape.setLineProperties(line);
    return shape;
  }

  private static XSSFChart newChart(XSSFSheet sheet, Placement placement, String title) {
    XSSFDrawing drawing = sheet.createDrawingPatriarch();
    XSSFClientAnchor anchor =
        drawing.createAnchor(
            0,
            0,
            0,
            0,
            placement.firstColumn(),
            placement.firstRow(),
            placement.lastColumn(),
            placement.lastRow());
    XSSFChart chart = drawing.createChart(anchor);
    chart.setTitleText(title);
    chart.setTitleOverlay(false);
    return chart;
  }

  private static XDDFCategoryAxis xAxis(XSSFChart chart) {
    return chart.createCategoryAxis(AxisPosition.BOTTOM);
  }

  private static XDDFValueAxis yAxis(XSSFChart chart, String valueFormat) {
    XDDFValueAxis axis = chart.createValueAxis(AxisPosition.LEFT);
    axis.setCrosses(AxisCrosses.AUTO_ZERO);
    axis.setCrossBetween(AxisCrossBetween.BETWEEN);
    axis.setNumberFormat(valueFormat);
    return axis;
  }

  private static XDDFChartData.Series addSeries(
      XSSFSheet sheet, XDDFChartData data, CellRangeAddress categories, Series series) {
    XDDFCategoryDataSource labels = XDDFDataSourcesFactory.fromStringCellRange(sheet, categories);
    XDDFChartData.Series added =
        data.addSeries(labels, XDDFDataSourcesFactory.fromNumericCellRange(sheet, series.values()));
    added.setTitle(series.title(), null);
    return added;
  }
}
