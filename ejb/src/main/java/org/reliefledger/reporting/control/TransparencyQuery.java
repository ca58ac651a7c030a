package org.reliefledger.reporting.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.reliefledger.reports.SpendingCategory;
import org.reliefledger.reports.transparency.DisbursementFact;
import org.reliefledger.reports.transparency.TransparencyData;

/**
 * One fact per paid disbursement of the period, for the anonymized transparency report.
 *
 * <p>How it reconciles: a fact's amount is the net of the expense postings of the journal entry
 * that paid it, and a payment reversed by the period's last day is left out (it nets to zero), so
 * the report's grand total equals the expense postings of the period's unreversed disbursement
 * payments to the cent. A fact's area is the display name of the case's area in the administrator's
 * list (the {@code area} table, the one source of areas), retired areas included. The case code
 * never leaves the database: each case id becomes a random token that lives only as long as one
 * call, so two reports cannot be joined on it.
 */
@Dependent
public class TransparencyQuery {

  private static final String FACTS =
      "SELECT d.case_id, ar.name, d.category, e.entry_date,"
          + " SUM(p.debit_minor) - SUM(p.credit_minor)"
          + LedgerSql.paidDisbursements(
              " JOIN area ar ON ar.code = c.area"
                  + " JOIN posting p ON p.journal_entry_id = e.id"
                  + " JOIN account a ON a.id = p.account_id AND a.account_type = 'EXPENSE'")
          + " GROUP BY d.id, d.case_id, ar.name, d.category, e.entry_date";

  @Inject ReportSql sql;
  @Inject ReportSettings settings;

  public TransparencyData read(YearMonth from, YearMonth to) {
    Map<Long, String> tokens = new HashMap<>();
    var facts = new ArrayList<DisbursementFact>();
    sql.query(
        FACTS,
        row -> {
          long amount = row.getLong(5);
          if (amount > 0) {
            facts.add(
                new DisbursementFact(
                    YearMonth.from(row.getObject(4, LocalDate.class)),
                    row.getString(2),
                    SpendingCategory.valueOf(row.getString(3)),
                    tokens.computeIfAbsent(row.getLong(1), id -> UUID.randomUUID().toString()),
                    amount));
          }
        },
        from.atDay(1),
        to.atEndOfMonth(),
        to.atEndOfMonth());
    return new TransparencyData(
        settings.organisation(), from, to, settings.currency(), settings.minimumGroup(), facts);
  }
}
