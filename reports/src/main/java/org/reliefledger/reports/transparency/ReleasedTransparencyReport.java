package org.reliefledger.reports.transparency;

import java.io.IOException;
import java.io.OutputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.reliefledger.reports.SpendingCategory;
import org.reliefledger.reports.anonymize.ReleasePeriod;
import org.reliefledger.reports.anonymize.ReleasedFigure;
import org.reliefledger.reports.xlsx.ReportWorkbook;
import org.reliefledger.reports.xlsx.RowWriter;
import org.reliefledger.reports.xlsx.SheetWriter;

/**
 * Writes the transparency report of a published period from its released figures: a row per month
 * and area, for a quarter or a year also a row per area for the whole period, and the period's
 * totals. It computes nothing: every number is a stored, protected figure, so downloading the same
 * period twice, or any set of periods, gives nothing the releases did not.
 */
public final class ReleasedTransparencyReport {

  private ReleasedTransparencyReport() {}

  /** Writes the workbook to {@code out}; the stream is left open. */
  public static void write(ReleasedTransparencyData data, OutputStream out) throws IOException {
    ReportWorkbook.write(
        data.currency(),
        out,
        workbook -> {
          writeTable(data, workbook.sheet(TransparencyReport.TABLE_SHEET));
          MethodSheet.writeReleased(
              data.minimumGroup(), workbook.sheet(TransparencyReport.METHOD_SHEET));
        });
  }

  private static void writeTable(ReleasedTransparencyData data, SheetWriter sheet) {
    ReleasePeriod period = data.period();
    sheet.title(
        data.organisation() + " — where the money went",
        "Disbursements of "
            + period
            + " as published, by month, area and category. Groups of fewer than "
            + data.minimumGroup()
            + " households or payments, and figures that would reveal one, are hidden ("
            + TransparencyReport.SUPPRESSED
            + ").");
    TransparencyReport.writeHeader(sheet);
    List<ReleasePeriod> tables = new ArrayList<>();
    for (YearMonth month : period.months()) {
      ReleasePeriod monthPeriod = ReleasePeriod.month(month);
      if (data.figures().stream().anyMatch(f -> f.period().equals(monthPeriod))) {
        tables.add(monthPeriod);
      }
    }
    if (period.kind() != ReleasePeriod.Kind.MONTH) {
      tables.add(period);
    }
    for (ReleasePeriod table : tables) {
      for (String area : data.rows()) {
        RowWriter row = sheet.row().text(table.toString()).text(area);
        writeFigures(data, table, area, row, false);
      }
    }
    RowWriter totals = sheet.row().totalLabel("All of " + period).totalLabel("All areas");
    writeFigures(data, period, null, totals, true);
    TransparencyReport.writeFooter(sheet);
  }

  private static void writeFigures(
      ReleasedTransparencyData data,
      ReleasePeriod period,
      String area,
      RowWriter row,
      boolean total) {
    List<String> columns = new ArrayList<>();
    for (SpendingCategory category : SpendingCategory.values()) {
      columns.add(category.name());
    }
    columns.add(null);
    for (String column : columns) {
      ReleasedFigure figure =
          data.figures().stream()
              .filter(f -> f.sameCell(period, area, column))
              .findFirst()
              .orElse(null);
      if (figure == null || !figure.shown()) {
        row.marker(TransparencyReport.SUPPRESSED).marker(TransparencyReport.SUPPRESSED);
      } else if (total) {
        row.countTotal(figure.households()).moneyTotal(figure.amountMinorUnits());
      } else {
        row.count(figure.households()).money(figure.amountMinorUnits());
      }
    }
  }
}
