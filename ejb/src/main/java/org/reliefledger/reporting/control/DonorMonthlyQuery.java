package org.reliefledger.reporting.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.reliefledger.giving.boundary.DonorVault;
import org.reliefledger.giving.entity.Donor;
import org.reliefledger.giving.entity.DonorDetails;
import org.reliefledger.reporting.boundary.DonorReport;
import org.reliefledger.reports.SpendingCategory;
import org.reliefledger.reports.donor.DonationMethod;
import org.reliefledger.reports.donor.DonationsByMethod;
import org.reliefledger.reports.donor.DonorMonthlyData;
import org.reliefledger.reports.donor.FundBalance;
import org.reliefledger.reports.donor.GrantsReceived;
import org.reliefledger.reports.donor.MonthlyFlow;
import org.reliefledger.reports.donor.SpendingByCategory;

/**
 * The monthly donor report from the books, one GROUP BY per figure.
 *
 * <p>How it reconciles: fund balances are the funds' asset postings (their cash, as {@code GET
 * /funds} shows it) up to the day before the month and up to its last day; spending by category is
 * the net of every expense posting dated in the month (reversals included, on the day they are
 * dated; expense accounts outside the seven categories, such as bank fees, count as "Other"), so
 * the month's money out equals the journal's expense postings to the cent; the trend is the income
 * and expense postings of each month. Donations and grants are the giving records whose entries
 * were not reversed by the month's end; awards and households are the paid disbursements of the
 * month whose payment was not reversed by then.
 */
@Dependent
public class DonorMonthlyQuery {

  private static final String FUND_BALANCES =
      "SELECT f.code, f.name, f.restricted,"
          + " COALESCE(SUM(CASE WHEN x.entry_date < ? THEN x.change_minor ELSE 0 END), 0),"
          + " COALESCE(SUM(x.change_minor), 0)"
          + " FROM fund f LEFT JOIN (SELECT p.fund_id, e.entry_date,"
          + " p.debit_minor - p.credit_minor AS change_minor"
          + " FROM posting p JOIN account a ON a.id = p.account_id"
          + " JOIN journal_entry e ON e.id = p.journal_entry_id"
          + " WHERE a.account_type = 'ASSET' AND e.entry_date <= ?) x ON x.fund_id = f.id"
          + " GROUP BY f.code, f.name, f.restricted ORDER BY f.code";

  private static final String DONATIONS_OF_MONTH =
      " FROM donation g JOIN journal_entry e ON e.id = g.journal_entry_id"
          + " WHERE e.entry_date >= ? AND e.entry_date <= ? AND"
          + LedgerSql.notReversedBy("e");

  private static final String DONATIONS_BY_METHOD =
      "SELECT g.method, COUNT(*), SUM(g.amount_minor)" + DONATIONS_OF_MONTH + " GROUP BY g.method";

  /** The month's donations and what was kept of their donors (the details are sealed). */
  private static final String DONORS = "SELECT g.id, g.donor_details" + DONATIONS_OF_MONTH;

  private static final String GRANTS =
      "SELECT COUNT(*), COALESCE(SUM(g.amount_minor), 0)"
          + " FROM grant_award g JOIN journal_entry e ON e.id = g.journal_entry_id"
          + " WHERE e.entry_date >= ? AND e.entry_date <= ? AND"
          + LedgerSql.notReversedBy("e");

  private static final String EXPENSES_BY_ACCOUNT =
      "SELECT a.code, SUM(p.debit_minor) - SUM(p.credit_minor)"
          + " FROM posting p JOIN account a ON a.id = p.account_id"
          + " JOIN journal_entry e ON e.id = p.journal_entry_id"
          + " WHERE a.account_type = 'EXPENSE' AND e.entry_date >= ? AND e.entry_date <= ?"
          + " GROUP BY a.code";

  private static final String AWARDS_BY_CATEGORY =
      "SELECT d.category, COUNT(*)" + LedgerSql.paidDisbursements("") + " GROUP BY d.category";

  private static final String HOUSEHOLDS =
      "SELECT COUNT(DISTINCT d.case_id)" + LedgerSql.paidDisbursements("");

  private static final String FLOWS_BY_MONTH =
      "SELECT EXTRACT(YEAR FROM e.entry_date), EXTRACT(MONTH FROM e.entry_date), a.account_type,"
          + " SUM(p.debit_minor) - SUM(p.credit_minor)"
          + " FROM posting p JOIN account a ON a.id = p.account_id"
          + " JOIN journal_entry e ON e.id = p.journal_entry_id"
          + " WHERE a.account_type IN ('INCOME', 'EXPENSE')"
          + " AND e.entry_date >= ? AND e.entry_date <= ?"
          + " GROUP BY EXTRACT(YEAR FROM e.entry_date), EXTRACT(MONTH FROM e.entry_date),"
          + " a.account_type";

  @Inject ReportSql sql;
  @Inject ReportSettings settings;
  @Inject DonorVault donorVault;

  public DonorReport read(YearMonth month) {
    LocalDate first = month.atDay(1);
    LocalDate last = month.atEndOfMonth();
    Map<SpendingCategory, Long> spent = spentByCategory(first, last);
    Map<SpendingCategory, Integer> awards = new EnumMap<>(SpendingCategory.class);
    sql.query(
        AWARDS_BY_CATEGORY,
        row -> awards.put(SpendingCategory.valueOf(row.getString(1)), row.getInt(2)),
        first,
        last,
        last);
    var spending = new ArrayList<SpendingByCategory>();
    for (SpendingCategory category : SpendingCategory.values()) {
      long amount = spent.getOrDefault(category, 0L);
      int count = awards.getOrDefault(category, 0);
      if (amount != 0 || count != 0) {
        spending.add(new SpendingByCategory(category, count, amount));
      }
    }
    return new DonorReport.Ready(
        new DonorMonthlyData(
            settings.organisation(),
            month,
            settings.currency(),
            fundBalances(first, last),
            donations(first, last),
            donors(first, last),
            grants(first, last),
            spending,
            sql.one(HOUSEHOLDS, row -> row.getInt(1), first, last, last),
            trend(month)));
  }

  private List<FundBalance> fundBalances(LocalDate first, LocalDate last) {
    return sql.list(
        FUND_BALANCES,
        row ->
            new FundBalance(
                row.getString(1),
                row.getString(2),
                row.getBoolean(3),
                row.getLong(4),
                row.getLong(5)),
        first,
        last);
  }

  private List<DonationsByMethod> donations(LocalDate first, LocalDate last) {
    return sql.list(
        DONATIONS_BY_METHOD,
        row ->
            new DonationsByMethod(
                DonationMethod.valueOf(row.getString(1)), row.getInt(2), row.getLong(3)),
        first,
        last,
        last);
  }

  /**
   * Known donors once each (by e-mail, else by name, opened from the vault only to compare them and
   * forgotten); every anonymous gift, and every gift whose donor was not kept, is its own donor.
   */
  private int donors(LocalDate first, LocalDate last) {
    Set<String> known = new HashSet<>();
    int unknown = 0;
    for (var donation :
        sql.list(
            DONORS,
            row -> Map.entry(row.getLong(1), DonorDetails.valueOf(row.getString(2))),
            first,
            last,
            last)) {
      var donor =
          donation.getValue() == DonorDetails.SEALED
              ? donorVault.open(donation.getKey()).map(DonorMonthlyQuery::identity)
              : Optional.<String>empty();
      if (donor.isPresent()) {
        known.add(donor.get());
      } else {
        unknown++;
      }
    }
    return known.size() + unknown;
  }

  private static String identity(Donor donor) {
    return (donor.email() != null ? "email:" + donor.email() : "name:" + donor.name())
        .toLowerCase(Locale.ROOT);
  }

  private GrantsReceived grants(LocalDate first, LocalDate last) {
    return sql.one(
        GRANTS, row -> new GrantsReceived(row.getInt(1), row.getLong(2)), first, last, last);
  }

  /** Net expense postings by category; an expense account outside the categories is "Other". */
  private Map<SpendingCategory, Long> spentByCategory(LocalDate first, LocalDate last) {
    Map<SpendingCategory, Long> spent = new EnumMap<>(SpendingCategory.class);
    sql.query(
        EXPENSES_BY_ACCOUNT,
        row -> spent.merge(categoryOf(row.getString(1)), row.getLong(2), Math::addExact),
        first,
        last);
    return spent;
  }

  static SpendingCategory categoryOf(String expenseAccountCode) {
    return org.reliefledger.ledger.entity.SpendingCategory.ofExpenseAccount(expenseAccountCode)
        .map(category -> SpendingCategory.valueOf(category.name()))
        .orElse(SpendingCategory.OTHER);
  }

  private List<MonthlyFlow> trend(YearMonth month) {
    YearMonth oldest = month.minusMonths(DonorMonthlyData.TREND_MONTHS - 1L);
    Map<YearMonth, long[]> flows = new HashMap<>();
    sql.query(
        FLOWS_BY_MONTH,
        row -> {
          long[] inOut =
              flows.computeIfAbsent(YearMonth.of(row.getInt(1), row.getInt(2)), m -> new long[2]);
          long debitMinusCredit = row.getLong(4);
          if ("INCOME".equals(row.getString(3))) {
            inOut[0] = Math.subtractExact(inOut[0], debitMinusCredit);
          } else {
            inOut[1] = Math.addExact(inOut[1], debitMinusCredit);
          }
        },
        oldest.atDay(1),
        month.atEndOfMonth());
    var trend = new ArrayList<MonthlyFlow>();
    for (YearMonth m = oldest; !m.isAfter(month); m = m.plusMonths(1)) {
      long[] inOut = flows.getOrDefault(m, new long[2]);
      trend.add(new MonthlyFlow(m, inOut[0], inOut[1]));
    }
    return trend;
  }
}
