package org.reliefledger.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.reliefledger.platform.boundary.BusinessDates;

/**
 * The month picked on the reports page and the addresses of that month's workbooks: the API's
 * report resource as {@link ReportDownloads} serves it to the signed-in session.
 */
@Named
@RequestScoped
public class ReportLinks {

  static final String REPORTS = ReportDownloads.PATH + "/reports/";

  private YearMonth month = YearMonth.now(ZoneOffset.UTC);

  public String getMonth() {
    return month.toString();
  }

  /** A malformed or out-of-range month shows the current one: the picker only sends good months. */
  public void setMonth(String value) {
    try {
      var picked = value == null || value.isBlank() ? month : YearMonth.parse(value);
      month = BusinessDates.configured().allows(picked) ? picked : YearMonth.now(ZoneOffset.UTC);
    } catch (DateTimeParseException malformed) {
      month = YearMonth.now(ZoneOffset.UTC);
    }
  }

  public String getDonor() {
    return REPORTS + "donor-monthly?month=" + month;
  }

  public String getTransparency() {
    return REPORTS + "transparency?from=" + month.atDay(1) + "&to=" + month.atEndOfMonth();
  }

  public String getTrialBalance() {
    return REPORTS + "trial-balance.xlsx?asOf=" + month.atEndOfMonth();
  }

  public String getActivities() {
    return REPORTS + "activities?from=" + month.atDay(1) + "&to=" + month.atEndOfMonth();
  }

  public String getGeneralLedger() {
    return REPORTS + "general-ledger?from=" + month.atDay(1) + "&to=" + month.atEndOfMonth();
  }
}
