package org.reliefledger.reporting.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.reliefledger.reports.anonymize.PaymentFact;

/**
 * The facts a release protects: every disbursement payment in the month of its journal entry, and
 * every reversal of one, as a negative amount, in the month of the reversal. So a correction never
 * changes a month already published, and a reversal never blocks a report.
 */
@Dependent
public class ReleaseFacts {

  /** The label of the row that holds every area too small to be named for the year. */
  public static final String OTHER_AREAS = "Other areas";

  private static final String NOT_RECORDED = "Area not recorded";

  private static final String FACTS =
      "SELECT d.case_id, ar.name, d.category, x.entry_date,"
          + " SUM(p.debit_minor) - SUM(p.credit_minor)"
          + " FROM disbursement_request d"
          + " JOIN cases c ON c.id = d.case_id"
          + " LEFT JOIN area ar ON ar.code = c.area"
          + " JOIN journal_entry x"
          + " ON (x.id = d.journal_entry_id OR x.reverses_id = d.journal_entry_id)"
          + " JOIN posting p ON p.journal_entry_id = x.id"
          + " JOIN account a ON a.id = p.account_id AND a.account_type = 'EXPENSE'"
          + " WHERE d.journal_entry_id IS NOT NULL AND x.entry_date >= ? AND x.entry_date <= ?"
          + " GROUP BY d.id, d.case_id, ar.name, d.category, x.id, x.entry_date";

  @Inject ReportSql sql;

  /** One fact per payment or reversal from {@code first} to {@code last}; rows are area names. */
  public List<PaymentFact> between(YearMonth first, YearMonth last) {
    List<PaymentFact> facts = new ArrayList<>();
    sql.query(
        FACTS,
        row -> {
          String area = row.getString(2);
          facts.add(
              new PaymentFact(
                  YearMonth.from(row.getObject(4, LocalDate.class)),
                  area == null || area.isBlank() ? NOT_RECORDED : area.strip(),
                  row.getString(3),
                  row.getLong(1),
                  row.getLong(5)));
        },
        first.atDay(1),
        last.atEndOfMonth());
    return facts;
  }

  /**
   * The rows of a year: the areas that helped at least {@code minimumGroup} households in the
   * twelve months up to {@code month}, by name, and then {@link #OTHER_AREAS} for the rest. Fixed
   * for the year when its first month is published, so no request can move an area in or out.
   */
  public List<String> rowsForYear(YearMonth month, int minimumGroup) {
    Map<String, Set<Object>> households = new HashMap<>();
    for (PaymentFact fact : between(month.minusMonths(11), month)) {
      households.computeIfAbsent(fact.row(), area -> new HashSet<>()).add(fact.household());
    }
    List<String> named = new ArrayList<>();
    households.forEach(
        (area, who) -> {
          if (who.size() >= minimumGroup) {
            named.add(area);
          }
        });
    return inOrder(named);
  }

  /** Named areas alphabetically, then {@link #OTHER_AREAS} (always present, last). */
  public static List<String> inOrder(Collection<String> rows) {
    TreeSet<String> named = new TreeSet<>(rows);
    named.remove(OTHER_AREAS);
    List<String> ordered = new ArrayList<>(named);
    ordered.add(OTHER_AREAS);
    return ordered;
  }

  /** The fact in the year's rows: an area not named for the year counts in {@link #OTHER_AREAS}. */
  public static PaymentFact inRows(PaymentFact fact, List<String> rows) {
    return rows.contains(fact.row())
        ? fact
        : new PaymentFact(
            fact.month(), OTHER_AREAS, fact.column(), fact.household(), fact.amountMinorUnits());
  }
}
