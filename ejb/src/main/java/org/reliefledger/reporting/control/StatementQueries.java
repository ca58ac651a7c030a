package org.reliefledger.reporting.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.reliefledger.reports.statements.ActivityLine;
import org.reliefledger.reports.statements.FundColumn;
import org.reliefledger.reports.statements.StatementOfActivitiesData;
import org.reliefledger.reports.statements.TrialBalanceData;
import org.reliefledger.reports.statements.TrialBalanceRow;

/**
 * The treasurer's statements, each one GROUP BY over the postings: they are the journal summed, so
 * they reconcile to it by construction.
 */
@Dependent
public class StatementQueries {

  private static final String TRIAL_BALANCE =
      "SELECT a.code, a.name, f.code, SUM(p.debit_minor) - SUM(p.credit_minor)"
          + " FROM posting p JOIN account a ON a.id = p.account_id"
          + " JOIN fund f ON f.id = p.fund_id"
          + " JOIN journal_entry e ON e.id = p.journal_entry_id"
          + " WHERE e.entry_date <= ?"
          + " GROUP BY a.code, a.name, f.code ORDER BY a.code, f.code";

  /**
   * A fund's net assets before the period: the credit balance of its net-asset, income and expense
   * postings, which equals its assets less its liabilities because every entry balances per fund.
   */
  private static final String FUNDS =
      "SELECT f.code, f.name, f.restricted,"
          + " COALESCE(SUM(x.credit_minor) - SUM(x.debit_minor), 0)"
          + " FROM fund f LEFT JOIN (SELECT p.fund_id, p.debit_minor, p.credit_minor"
          + " FROM posting p JOIN account a ON a.id = p.account_id"
          + " JOIN journal_entry e ON e.id = p.journal_entry_id"
          + " WHERE a.account_type IN ('NET_ASSETS', 'INCOME', 'EXPENSE') AND e.entry_date < ?)"
          + " x ON x.fund_id = f.id"
          + " GROUP BY f.code, f.name, f.restricted ORDER BY f.code";

  private static final String ACTIVITY =
      "SELECT f.code, a.account_type, a.code, a.name,"
          + " SUM(p.debit_minor) - SUM(p.credit_minor)"
          + " FROM posting p JOIN account a ON a.id = p.account_id"
          + " JOIN fund f ON f.id = p.fund_id"
          + " JOIN journal_entry e ON e.id = p.journal_entry_id"
          + " WHERE a.account_type IN ('INCOME', 'EXPENSE')"
          + " AND e.entry_date >= ? AND e.entry_date <= ?"
          + " GROUP BY f.code, a.account_type, a.code, a.name ORDER BY a.code, f.code";

  @Inject ReportSql sql;
  @Inject ReportSettings settings;

  /** Every account and fund with a non-zero balance after the entries dated up to {@code asOf}. */
  public TrialBalanceData trialBalance(LocalDate asOf) {
    var rows = new ArrayList<TrialBalanceRow>();
    sql.query(
        TRIAL_BALANCE,
        row -> {
          long debitMinusCredit = row.getLong(4);
          if (debitMinusCredit != 0) {
            rows.add(
                new TrialBalanceRow(
                    row.getString(1),
                    row.getString(2),
                    row.getString(3),
                    Math.max(debitMinusCredit, 0),
                    Math.max(Math.negateExact(debitMinusCredit), 0)));
          }
        },
        asOf);
    return new TrialBalanceData(settings.organisation(), asOf, settings.currency(), rows);
  }

  /** Income and expenses of {@code from} to {@code to} (inclusive) by fund and account. */
  public StatementOfActivitiesData activities(LocalDate from, LocalDate to) {
    List<FundColumn> funds =
        sql.list(
            FUNDS,
            row ->
                new FundColumn(
                    row.getString(1), row.getString(2), row.getBoolean(3), row.getLong(4)),
            from);
    var lines = new ArrayList<ActivityLine>();
    sql.query(
        ACTIVITY,
        row -> {
          boolean income = "INCOME".equals(row.getString(2));
          long debitMinusCredit = row.getLong(5);
          lines.add(
              new ActivityLine(
                  row.getString(1),
                  income ? ActivityLine.Kind.INCOME : ActivityLine.Kind.EXPENSE,
                  row.getString(3),
                  row.getString(4),
                  income ? Math.negateExact(debitMinusCredit) : debitMinusCredit));
        },
        from,
        to);
    return new StatementOfActivitiesData(
        settings.organisation(), from, to, settings.currency(), funds, lines);
  }
}
