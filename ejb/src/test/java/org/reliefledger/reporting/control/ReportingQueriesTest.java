package org.reliefledger.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reliefledger.giving.boundary.DonorVault;
import org.reliefledger.giving.entity.Donor;
import org.reliefledger.reporting.boundary.DonorReport;
import org.reliefledger.reports.SpendingCategory;
import org.reliefledger.reports.donor.DonationMethod;
import org.reliefledger.reports.donor.DonationsByMethod;
import org.reliefledger.reports.donor.DonorMonthlyData;
import org.reliefledger.reports.donor.FundBalance;
import org.reliefledger.reports.donor.MonthlyFlow;
import org.reliefledger.reports.donor.SpendingByCategory;
import org.reliefledger.reports.statements.ActivityLine;
import org.reliefledger.reports.statements.FundColumn;
import org.reliefledger.reports.statements.GeneralLedgerExportInfo;
import org.reliefledger.reports.statements.StatementOfActivitiesData;
import org.reliefledger.reports.statements.TrialBalanceData;
import org.reliefledger.reports.statements.TrialBalanceRow;
import org.reliefledger.reports.transparency.DisbursementFact;
import org.reliefledger.reports.transparency.TransparencyData;

/**
 * The report queries against the real schema on H2 (Flyway migrations, rows written by SQL as the
 * ledger writes them): each figure is checked against the postings it must add up to.
 */
class ReportingQueriesTest {

  static final YearMonth MAY = YearMonth.of(2026, 5);

  JdbcDataSource dataSource;
  ReportSql sql;
  ReportSettings settings;
  long nextEntry = 10_000;
  long nextPosting = 10_000;
  long nextCase = 100;
  final Set<String> listedAreas = new HashSet<>();
  final Map<Long, Donor> sealedDonors = new HashMap<>();

  @BeforeEach
  void freshDatabase() {
    dataSource = new JdbcDataSource();
    dataSource.setURL(
        "jdbc:h2:mem:"
            + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
    Flyway.configure().dataSource(dataSource).load().migrate();
    sql = new ReportSql();
    sql.dataSource = dataSource;
    settings = new ReportSettings();
    settings.organisation = "Test fund";
    settings.minimumGroup = 5;
    execute(
        "INSERT INTO fund (id, code, name, restricted) VALUES (900, 'RENT-26', 'Rent fund', TRUE)");
    execute("INSERT INTO fund_balance (fund_id, cash_minor) VALUES (900, 0)");
  }

  @Test
  void donorMonthReconcilesToThePostingsOfTheMonth() {
    donation(LocalDate.of(2026, 4, 30), 10_000, "GENERAL", "CARD", "Ann", "ann@example.org");
    donation(LocalDate.of(2026, 5, 2), 5_000, "GENERAL", "CARD", "Ann", "ANN@example.org");
    donation(LocalDate.of(2026, 5, 3), 2_500, "GENERAL", "CARD", null, null);
    donation(LocalDate.of(2026, 5, 4), 1_000, "GENERAL", "CASH", null, null);
    donation(LocalDate.of(2026, 5, 5), 7_000, "GENERAL", "CASH", "Bo", null);
    long mistaken = donation(LocalDate.of(2026, 5, 6), 999, "GENERAL", "CHECK", "Cy", null);
    reverse(mistaken, LocalDate.of(2026, 5, 7));
    grant(LocalDate.of(2026, 5, 8), 50_000, "RENT-26");
    long rentCase = openCase("North");
    long otherCase = openCase("South");
    paid(rentCase, "RENT", 20_000, "RENT-26", LocalDate.of(2026, 5, 10));
    paid(rentCase, "FOOD", 3_000, "GENERAL", LocalDate.of(2026, 5, 11));
    long reversedInMay = paid(otherCase, "FOOD", 4_000, "GENERAL", LocalDate.of(2026, 5, 12));
    reverse(reversedInMay, LocalDate.of(2026, 5, 13));
    long reversedInJune = paid(otherCase, "MEDICAL", 1_500, "GENERAL", LocalDate.of(2026, 5, 14));
    reverse(reversedInJune, LocalDate.of(2026, 6, 2));
    entry(
        LocalDate.of(2026, 5, 31),
        post("5100", "GENERAL", 250, 0),
        post("1000", "GENERAL", 0, 250));

    DonorMonthlyData may = ready(donorQuery().read(MAY));

    assertThat(may.donations())
        .containsExactlyInAnyOrder(
            new DonationsByMethod(DonationMethod.CARD, 2, 7_500),
            new DonationsByMethod(DonationMethod.CASH, 2, 8_000));
    assertThat(may.donorCount())
        .as("Ann once, one anonymous gift, anonymous cash, Bo")
        .isEqualTo(4);
    assertThat(may.grants().amountMinorUnits()).isEqualTo(50_000);
    assertThat(may.spending())
        .containsExactly(
            new SpendingByCategory(SpendingCategory.RENT, 1, 20_000),
            new SpendingByCategory(SpendingCategory.FOOD, 1, 3_000),
            new SpendingByCategory(SpendingCategory.MEDICAL, 1, 1_500),
            new SpendingByCategory(SpendingCategory.OTHER, 0, 250));
    assertThat(may.moneyOutMinorUnits()).isEqualTo(postingsNet("EXPENSE", MAY));
    assertThat(may.householdsHelped()).isEqualTo(2);
    assertThat(may.funds())
        .containsExactly(
            new FundBalance(
                "GENERAL", "General fund", false, 10_000, 10_000 + 15_500 - 4_500 - 250),
            new FundBalance("RENT-26", "Rent fund", true, 0, 30_000));
    MonthlyFlow last = may.trend().get(11);
    assertThat(last.moneyInMinorUnits()).isEqualTo(-postingsNet("INCOME", MAY)).isEqualTo(65_500);
    assertThat(last.moneyOutMinorUnits()).isEqualTo(may.moneyOutMinorUnits());
    assertThat(may.trend().get(10)).isEqualTo(new MonthlyFlow(YearMonth.of(2026, 4), 10_000, 0));

    assertThat(ready(donorQuery().read(MAY.plusMonths(1))).spending())
        .as("May's medical payment reversed in June: June's, never May's")
        .containsExactly(new SpendingByCategory(SpendingCategory.MEDICAL, 0, -1_500));
  }

  @Test
  void transparencyHasOneFactPerUnreversedPaymentWithTokensRandomPerReport() {
    long north = openCase("North");
    long south = openCase("South");
    paid(north, "RENT", 20_000, "GENERAL", LocalDate.of(2026, 4, 30));
    paid(north, "FOOD", 3_000, "GENERAL", LocalDate.of(2026, 5, 11));
    paid(south, "RENT", 9_000, "GENERAL", LocalDate.of(2026, 5, 12));
    long reversed = paid(south, "FOOD", 4_000, "GENERAL", LocalDate.of(2026, 5, 13));
    reverse(reversed, LocalDate.of(2026, 5, 20));
    paid(south, "LEGAL", 1_000, "GENERAL", LocalDate.of(2026, 6, 1));

    TransparencyData first = transparencyQuery().read(MAY, MAY);
    TransparencyData second = transparencyQuery().read(MAY, MAY);

    assertThat(first.minimumGroup()).isEqualTo(5);
    assertThat(first.facts())
        .extracting(
            DisbursementFact::area, DisbursementFact::category, DisbursementFact::amountMinorUnits)
        .containsExactlyInAnyOrder(
            tuple("North", SpendingCategory.FOOD, 3_000L),
            tuple("South", SpendingCategory.RENT, 9_000L));
    assertThat(first.facts().stream().mapToLong(DisbursementFact::amountMinorUnits).sum())
        .isEqualTo(postingsNet("EXPENSE", MAY));
    Set<String> firstTokens = tokens(first);
    assertThat(firstTokens).hasSize(2).doesNotContainAnyElementsOf(caseCodes());
    assertThat(firstTokens).doesNotContainAnyElementsOf(tokens(second));

    TransparencyData spring = transparencyQuery().read(YearMonth.of(2026, 4), MAY);
    assertThat(spring.facts()).hasSize(3);
    assertThat(tokens(spring)).as("one token per household within a report").hasSize(2);
  }

  @Test
  void statementsAreThePostingsSummed() {
    donation(LocalDate.of(2026, 4, 30), 10_000, "GENERAL", "CARD", null, null);
    grant(LocalDate.of(2026, 5, 8), 50_000, "RENT-26");
    paid(openCase("North"), "RENT", 20_000, "RENT-26", LocalDate.of(2026, 5, 10));
    var statements = new StatementQueries();
    statements.sql = sql;
    statements.settings = settings;

    TrialBalanceData april = statements.trialBalance(LocalDate.of(2026, 4, 30));
    assertThat(april.rows())
        .containsExactly(
            new TrialBalanceRow("1000", "Bank account", "GENERAL", 10_000, 0),
            new TrialBalanceRow("4000", "Donations", "GENERAL", 0, 10_000));
    assertThat(statements.trialBalance(MAY.atEndOfMonth()).totalDebitMinorUnits())
        .isEqualTo(60_000);

    StatementOfActivitiesData may = statements.activities(MAY.atDay(1), MAY.atEndOfMonth());
    assertThat(may.funds())
        .containsExactly(
            new FundColumn("GENERAL", "General fund", false, 10_000),
            new FundColumn("RENT-26", "Rent fund", true, 0));
    assertThat(may.lines())
        .containsExactly(
            new ActivityLine("RENT-26", ActivityLine.Kind.INCOME, "4100", "Grants", 50_000),
            new ActivityLine("RENT-26", ActivityLine.Kind.EXPENSE, "5000", "Rent relief", 20_000));
  }

  @Test
  void generalLedgerStreamsEveryPostingOfThePeriodInChainOrder() throws IOException {
    donation(LocalDate.of(2026, 4, 30), 10_000, "GENERAL", "CARD", null, null);
    long may = donation(LocalDate.of(2026, 5, 1), 2_000, "GENERAL", "CASH", null, null);
    reverse(may, LocalDate.of(2026, 5, 2));
    paid(openCase("North"), "RENT", 3_000, "GENERAL", LocalDate.of(2026, 5, 3));
    var query = new GeneralLedgerQuery();
    query.sql = sql;

    var out = new ByteArrayOutputStream();
    long postings =
        query.write(
            new GeneralLedgerExportInfo(
                "Test fund", MAY.atDay(1), MAY.atEndOfMonth(), settings.currency()),
            out);

    assertThat(postings).isEqualTo(6);
    var entryOfRow = new ArrayList<Long>();
    var reversesOfRow = new ArrayList<Long>();
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      for (Row row : workbook.getSheetAt(0)) {
        Cell entry = row.getCell(0);
        if (entry != null && entry.getCellType() == CellType.NUMERIC) {
          entryOfRow.add((long) entry.getNumericCellValue());
          Cell reverses = row.getCell(3);
          reversesOfRow.add(
              reverses == null || reverses.getCellType() != CellType.NUMERIC
                  ? null
                  : (long) reverses.getNumericCellValue());
        }
      }
    }
    assertThat(entryOfRow).hasSize(6).isSorted().containsOnly(may, may + 1, may + 2);
    assertThat(reversesOfRow).containsExactly(null, null, may, may, null, null);
  }

  private DonorMonthlyQuery donorQuery() {
    var query = new DonorMonthlyQuery();
    query.sql = sql;
    query.settings = settings;
    query.donorVault = new DonorsInMemory();
    return query;
  }

  /** The vault's part in the donor count: the donors this test sealed, by donation. */
  private final class DonorsInMemory implements DonorVault {
    @Override
    public boolean keepsDonorDetails() {
      return true;
    }

    @Override
    public void seal(long donationId, Donor donor) {
      sealedDonors.put(donationId, donor);
    }

    @Override
    public Optional<Donor> open(long donationId) {
      return Optional.ofNullable(sealedDonors.get(donationId));
    }
  }

  private TransparencyQuery transparencyQuery() {
    var query = new TransparencyQuery();
    query.sql = sql;
    query.settings = settings;
    return query;
  }

  private static DonorMonthlyData ready(DonorReport report) {
    assertThat(report).isInstanceOf(DonorReport.Ready.class);
    return ((DonorReport.Ready) report).data();
  }

  private static Set<String> tokens(TransparencyData data) {
    return data.facts().stream().map(DisbursementFact::householdToken).collect(Collectors.toSet());
  }

  private List<String> caseCodes() {
    return sql.list("SELECT code FROM cases", row -> row.getString(1));
  }

  /** Debits minus credits of the postings to accounts of {@code type} dated in {@code month}. */
  private long postingsNet(String type, YearMonth month) {
    return sql.one(
        "SELECT COALESCE(SUM(p.debit_minor) - SUM(p.credit_minor), 0) FROM posting p"
            + " JOIN account a ON a.id = p.account_id"
            + " JOIN journal_entry e ON e.id = p.journal_entry_id"
            + " WHERE a.account_type = ? AND e.entry_date >= ? AND e.entry_date <= ?",
        row -> row.getLong(1),
        type,
        month.atDay(1),
        month.atEndOfMonth());
  }

  // --- rows as the ledger, giving and disbursement components write them ---

  record Line(String account, String fund, long debit, long credit) {}

  static Line post(String account, String fund, long debit, long credit) {
    return new Line(account, fund, debit, credit);
  }

  private long entry(LocalDate date, Line... lines) {
    return entry(date, null, lines);
  }

  private long entry(LocalDate date, Long reverses, Line... lines) {
    long id = nextEntry++;
    execute(
        "INSERT INTO journal_entry (id, sequence_number, entry_date, memo, reverses_id,"
            + " previous_hash, hash) VALUES ("
            + id
            + ", "
            + id
            + ", DATE '"
            + date
            + "', 'memo "
            + id
            + "', "
            + reverses
            + ", 'p"
            + id
            + "', 'h"
            + id
            + "')");
    int line = 1;
    for (Line l : lines) {
      execute(
          "INSERT INTO posting (id, journal_entry_id, line_number, account_id, fund_id,"
              + " debit_minor, credit_minor, currency) SELECT "
              + nextPosting++
              + ", "
              + id
              + ", "
              + line++
              + ", a.id, f.id, "
              + l.debit()
              + ", "
              + l.credit()
              + ", 'USD' FROM account a, fund f WHERE a.code = '"
              + l.account()
              + "' AND f.code = '"
              + l.fund()
              + "'");
    }
    return id;
  }

  private void reverse(long entry, LocalDate date) {
    var lines = new ArrayList<Line>();
    sql.query(
        "SELECT a.code, f.code, p.debit_minor, p.credit_minor FROM posting p"
            + " JOIN account a ON a.id = p.account_id JOIN fund f ON f.id = p.fund_id"
            + " WHERE p.journal_entry_id = ? ORDER BY p.line_number",
        row -> lines.add(post(row.getString(1), row.getString(2), row.getLong(4), row.getLong(3))),
        entry);
    entry(date, entry, lines.toArray(Line[]::new));
  }

  private long donation(
      LocalDate date, long amount, String fund, String method, String name, String email) {
    Donor donor = new Donor(name, email);
    long id =
        gift(
            "donation",
            "4000",
            date,
            amount,
            fund,
            ", method, donor_details",
            ", '" + method + "', '" + (donor.isAnonymous() ? "NONE" : "SEALED") + "'");
    if (!donor.isAnonymous()) {
      new DonorsInMemory().seal(id, donor);
    }
    return id;
  }

  private void grant(LocalDate date, long amount, String fund) {
    gift("grant_award", "4100", date, amount, fund, ", grantor", ", 'A Foundation'");
  }

  /** A gift's entry (debit the bank, credit {@code income}) and its giving row in {@code table}. */
  private long gift(
      String table,
      String income,
      LocalDate date,
      long amount,
      String fund,
      String columns,
      String values) {
    long id = entry(date, post("1000", fund, amount, 0), post(income, fund, 0, amount));
    String dateColumn = table.equals("donation") ? "donation_date" : "grant_date";
    execute(
        ("INSERT INTO %s (id, journal_entry_id, %s, amount_minor, currency, fund_id,"
                + " deposit_account_id%s) SELECT %d, %d, DATE '%s', %d, 'USD', f.id, a.id%s"
                + " FROM fund f, account a WHERE f.code = '%s' AND a.code = '1000'")
            .formatted(table, dateColumn, columns, id, id, date, amount, values, fund));
    return id;
  }

  /** A case in the listed area named {@code area} (code: the name in upper case), added once. */
  private long openCase(String area) {
    long id = nextCase++;
    String code = area.toUpperCase(Locale.ROOT);
    if (listedAreas.add(code)) {
      execute(
          "INSERT INTO area (code, name, name_key, created_by, created_at) VALUES ('%s', '%s',"
                  .formatted(code, area)
              + " LOWER('%s'), 'admin', CURRENT_TIMESTAMP)".formatted(area));
    }
    execute(
        "INSERT INTO cases (id, code, household_size_band, area, languages, created_by, created_at)"
            + " VALUES ("
            + id
            + ", 'C-"
            + id
            + "', 'ONE', '"
            + code
            + "', 'es', 'intake',"
            + " CURRENT_TIMESTAMP)");
    return id;
  }

  /** A paid request and the entry that paid it (debit the category's expense, credit the bank). */
  private long paid(long caseId, String category, long amount, String fund, LocalDate date) {
    String expense =
        org.reliefledger.ledger.entity.SpendingCategory.valueOf(category).expenseAccountCode();
    long entry = entry(date, post(expense, fund, amount, 0), post("1000", fund, 0, amount));
    execute(
        "INSERT INTO disbursement_request (id, row_version, case_id, fund_id, category,"
            + " amount_minor, currency, payee, requested_by, opened_at, deadline, policy_version,"
            + " status, decided_at, paid_at, paid_by, journal_entry_id) SELECT "
            + entry
            + ", 1, "
            + caseId
            + ", f.id, '"
            + category
            + "', "
            + amount
            + ", 'USD', 'LANDLORD', 'intake', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1, 'PAID',"
            + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'treasurer', "
            + entry
            + " FROM fund f WHERE f.code = '"
            + fund
            + "'");
    return entry;
  }

  private void execute(String statement) {
    try (Connection connection = dataSource.getConnection();
        Statement s = connection.createStatement()) {
      s.execute(statement);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
