package org.reliefledger.reporting.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.reliefledger.audit.boundary.Audit;
import org.reliefledger.platform.boundary.BusinessDates;
import org.reliefledger.reporting.control.DonorMonthlyQuery;
import org.reliefledger.reporting.control.GeneralLedgerQuery;
import org.reliefledger.reporting.control.PlainTextBooksQuery;
import org.reliefledger.reporting.control.ReportSettings;
import org.reliefledger.reporting.control.StatementQueries;
import org.reliefledger.reporting.control.TransparencyQuery;
import org.reliefledger.reports.plaintext.PlainTextFormat;
import org.reliefledger.reports.statements.GeneralLedgerExportInfo;
import org.reliefledger.reports.statements.StatementOfActivitiesData;
import org.reliefledger.reports.statements.TrialBalanceData;
import org.reliefledger.reports.transparency.TransparencyData;

/**
 * The read model of every report, taken from the books in one read-only transaction per report.
 *
 * <p><em>Guarantees:</em> every figure is a SQL aggregation of the journal (or of the giving and
 * disbursement records that point at it), so statements reconcile to the ledger to the cent; no
 * record it returns carries a case code, payee, donor or free text about a household; each export
 * leaves one audit event naming the report and its period (never its content).
 */
@Stateless
public class Reporting {

  static final String EXPORTED = "REPORT_EXPORTED";
  static final String REPORT = "report";

  @Inject DonorMonthlyQuery donor;
  @Inject TransparencyQuery transparency;
  @Inject StatementQueries statements;
  @Inject GeneralLedgerQuery generalLedger;
  @Inject PlainTextBooksQuery plainTextBooks;
  @Inject ReportSettings settings;
  @Inject Audit audit;

  public DonorReport donorMonthly(YearMonth month) {
    audit.record(EXPORTED, REPORT, "donor-monthly", "month " + month);
    return donor.read(month);
  }

  /** Paid disbursements of the months {@code from} to {@code to}, anonymized per call. */
  public TransparencyData transparency(YearMonth from, YearMonth to) {
    audit.record(EXPORTED, REPORT, "transparency", "months " + from + " to " + to);
    return transparency.read(from, to);
  }

  public TrialBalanceData trialBalance(LocalDate asOf) {
    audit.record(EXPORTED, REPORT, "trial-balance", "as of " + asOf);
    return statements.trialBalance(asOf);
  }

  public StatementOfActivitiesData activities(LocalDate from, LocalDate to) {
    audit.record(EXPORTED, REPORT, "activities", "dates " + from + " to " + to);
    return statements.activities(from, to);
  }

  /**
   * Writes the general-ledger workbook of entries dated {@code from} to {@code to} into {@code
   * out}, reading the journal through a cursor inside this call's transaction.
   *
   * @return the number of postings written
   */
  public long writeGeneralLedger(LocalDate from, LocalDate to, OutputStream out)
      throws IOException {
    audit.record(EXPORTED, REPORT, "general-ledger", "dates " + from + " to " + to);
    return generalLedger.write(
        new GeneralLedgerExportInfo(settings.organisation(), from, to, settings.currency()), out);
  }

  /**
   * Writes the journal from the first day the books allow to {@code to} as plain-text books in
   * {@code format}, reading through a cursor inside this call's transaction.
   *
   * @return the number of entries written
   */
  public long writePlainTextBooks(PlainTextFormat format, LocalDate to, Writer out)
      throws IOException {
    audit.record(EXPORTED, REPORT, format.name().toLowerCase(Locale.ROOT), "to " + to);
    return plainTextBooks.write(
        format, BusinessDates.configured().min(), to, settings.currency(), out);
  }
}
