package org.reliefledger.reports.xlsx;

import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
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
    addSeries(xssfSheet, bars, categories, series);
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
    for (Series line : lines) {
      XDDFLineChartData.Series added =
          (XDDFLineChartData.Series) addSeries(xssfSheet, data, categories, line);
      added.setMarkerStyle(MarkerStyle.CIRCLE);
      added.setSmooth(false);
    }
    chart.plot(data);
    return chart;
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
