package org.reliefledger.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.reliefledger.reporting.boundary.DonorReport;
import org.reliefledger.reporting.boundary.Releases;
import org.reliefledger.reporting.boundary.Reporting;
import org.reliefledger.reports.anonymize.ReleasePeriod;
import org.reliefledger.reports.donor.DonorMonthlyReport;
import org.reliefledger.reports.statements.StatementOfActivitiesData;
import org.reliefledger.reports.statements.StatementOfActivitiesReport;
import org.reliefledger.reports.statements.TrialBalanceData;
import org.reliefledger.reports.statements.TrialBalanceReport;
import org.reliefledger.reports.transparency.ReleasedTransparencyReport;
import org.reliefledger.reports.transparency.TransparencyData;
import org.reliefledger.reports.transparency.TransparencyReport;

/**
 * The workbooks: donor and transparency reports, the treasurer's statements and the auditor's
 * general-ledger export, each streamed into the response as an attachment. ({@code
 * reports/trial-balance} without {@code .xlsx} is the ledger's JSON trial balance.)
 */
@Path("reports")
@RolesAllowed({"TREASURER", "AUDITOR"})
public class ReportsResource {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject Reporting reporting;
  @Inject Releases releases;

  @GET
  @Path("donor-monthly")
  public Response donorMonthly(@QueryParam("month") String month) {
    YearMonth reported = ReportPeriods.month(month, "month");
    var ready = (DonorReport.Ready) reporting.donorMonthly(reported);
    return workbook("donor-report-" + reported, out -> DonorMonthlyReport.write(ready.data(), out));
  }

  /**
   * A published period ({@code month=yyyy-mm}, {@code quarter=yyyy-Qn} or {@code year=yyyy}) comes
   * from the released figures and nothing else. {@code from}/{@code to} remain the treasurer's and
   * auditor's internal view of arbitrary months, anonymized per call; it is not for publication.
   * Dates become the months that contain them: the report is never finer than a month.
   */
  @GET
  @Path("transparency")
  public Response transparency(
      @QueryParam("month") String month,
      @QueryParam("quarter") String quarter,
      @QueryParam("year") String year,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    if (month != null || quarter != null || year != null) {
      ReleasePeriod period = ReportPeriods.release(month, quarter, year);
      var released = releases.table(period);
      if (released.isEmpty()) {
        return Responses.conflict(
            "not_published", period + " is not published yet.", ReportPeriods.field(period));
      }
      return workbook(
          "transparency-" + period, out -> ReleasedTransparencyReport.write(released.get(), out));
    }
    YearMonth first = YearMonth.from(ReportPeriods.day(from, "from"));
    YearMonth last = YearMonth.from(ReportPeriods.day(to, "to"));
    ReportPeriods.ordered(first, last);
    TransparencyData data = reporting.transparency(first, last);
    return workbook(
        "transparency-" + first + "-to-" + last, out -> TransparencyReport.write(data, out));
  }

  @GET
  @Path("trial-balance.xlsx")
  public Response trialBalance(@QueryParam("asOf") String asOf) {
    LocalDate day = RequestValues.date(asOf, "asOf", LocalDate.now(ZoneOffset.UTC));
    TrialBalanceData data = reporting.trialBalance(day);
    return workbook("trial-balance-" + day, out -> TrialBalanceReport.write(data, out));
  }

  @GET
  @Path("activities")
  public Response activities(@QueryParam("from") String from, @QueryParam("to") String to) {
    LocalDate first = ReportPeriods.day(from, "from");
    LocalDate last = ReportPeriods.day(to, "to");
    ReportPeriods.ordered(first, last);
    StatementOfActivitiesData data = reporting.activities(first, last);
    return workbook(
        "activities-" + first + "-to-" + last, out -> StatementOfActivitiesReport.write(data, out));
  }

  /** Read from the journal while the response is written: the export never sits in memory. */
  @GET
  @Path("general-ledger")
  public Response generalLedger(@QueryParam("from") String from, @QueryParam("to") String to) {
    LocalDate first = ReportPeriods.day(from, "from");
    LocalDate last = ReportPeriods.day(to, "to");
    ReportPeriods.ordered(first, last);
    return workbook(
        "general-ledger-" + first + "-to-" + last,
        out -> reporting.writeGeneralLedger(first, last, out));
  }

  private static Response workbook(String name, StreamingOutput body) {
    return Response.ok(body, XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".xlsx\"")
        .build();
  }
}
