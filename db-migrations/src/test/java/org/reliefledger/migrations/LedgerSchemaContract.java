package org.reliefledger.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the ledger schema promises, checked on a freshly migrated database. Subclasses say which
 * database; the same SQL must pass on H2 and PostgreSQL.
 */
abstract class LedgerSchemaContract {

  private static final String ZEROS = "0".repeat(64);

  private Connection connection;

  /** A fresh, empty database. */
  abstract Flyway flyway();

  abstract Connection connect() throws SQLException;

  abstract void dropDatabase() throws SQLException;

  @BeforeEach
  void migrate() throws SQLException {
    flyway().migrate();
    connection = connect();
  }

  @AfterEach
  void close() throws SQLException {
    connection.close();
    dropDatabase();
  }

  @Test
  void installsTheDefaultChartWithAnExpenseAccountPerCategory() throws SQLException {
    assertThat(strings("SELECT code FROM account WHERE account_type = 'EXPENSE' ORDER BY code"))
        .contains("5000", "5010", "5020", "5030", "5040", "5050", "5090");
    assertThat(strings("SELECT code FROM account WHERE account_type = 'ASSET' ORDER BY code"))
        .containsExactly("1000", "1010", "1020", "1030");
    assertThat(strings("SELECT DISTINCT account_type FROM account ORDER BY account_type"))
        .containsExactly("ASSET", "EXPENSE", "INCOME", "LIABILITY", "NET_ASSETS");
  }

  @Test
  void installsAnUnrestrictedGeneralFundWithAnEmptyBalance() throws SQLException {
    assertThat(number("SELECT count(*) FROM fund WHERE code = 'GENERAL' AND NOT restricted"))
        .isEqualTo(1);
    assertThat(
            strings(
                "SELECT c.category FROM fund_allowed_category c JOIN fund f ON f.id = c.fund_id"
                    + " WHERE f.code = 'GENERAL' ORDER BY c.category"))
        .containsExactly("FOOD", "LEGAL", "MEDICAL", "OTHER", "RENT", "TRANSPORT", "UTILITIES");
    assertThat(
            strings(
                "SELECT b.cash_minor FROM fund_balance b JOIN fund f ON f.id = b.fund_id"
                    + " WHERE f.code = 'GENERAL'"))
        .containsExactly("0");
  }

  @Test
  void startsTheHashChainAtGenesis() throws SQLException {
    assertThat(strings("SELECT last_sequence || ':' || last_hash FROM ledger_chain_head"))
        .containsExactly("0:" + ZEROS);
    assertRefused("INSERT INTO ledger_chain_head VALUES (2, 0, '" + ZEROS + "')");
  }

  @Test
  void idsAllocatedAfterTheInstalledDataNeverCollide() throws SQLException {
    long next = number("SELECT nextval('account_seq')");
    long highest = number("SELECT max(id) FROM account");
    // EclipseLink uses the block (next - 49 .. next) for allocationSize = 50.
    assertThat(next - 49).isGreaterThan(highest);
  }

  @Test
  void anEntryCanBeReversedOnlyOnce() throws SQLException {
    insertEntry(50, 1, null);
    insertEntry(100, 2, 50L);

    assertRefused(entrySql(150, 3, 50L));
  }

  @Test
  void theChainIsALine() throws SQLException {
    insertEntry(50, 1, null);

    assertRefused(entrySql(100, 1, null).replace("'h1'", "'other'"));
    assertRefused(
        "INSERT INTO journal_entry (id, sequence_number, entry_date, memo, previous_hash, hash)"
            + " VALUES (100, 2, DATE '2026-03-01', 'm', '"
            + ZEROS
            + "', 'h2')");
  }

  @Test
  void aPostingIsEitherADebitOrACredit() throws SQLException {
    insertEntry(50, 1, null);

    assertRefused(postingSql(1, 100, 100));
    assertRefused(postingSql(1, 0, 0));
    assertRefused(postingSql(1, -5, 0));
    execute(postingSql(1, 100, 0));
    execute(postingSql(2, 0, 100));
    assertRefused(postingSql(2, 0, 100).replace("VALUES (51", "VALUES (52"));
  }

  @Test
  void aFundBalanceCannotGoNegative() throws SQLException {
    assertRefused("UPDATE fund_balance SET cash_minor = -1");
    execute("UPDATE fund_balance SET cash_minor = 0");
  }

  @Test
  void anIdempotencyKeyIsRecordedOnce() throws SQLException {
    String insert =
        "INSERT INTO idempotency_record (idempotency_key, request_fingerprint, result_type,"
            + " result_id, created_at) VALUES ('k-1', 'f', 'JOURNAL_ENTRY', 50,"
            + " CURRENT_TIMESTAMP)";
    execute(insert);
    assertRefused(insert);
  }

  @Test
  void migratingAgainChangesNothing() throws SQLException {
    assertThat(flyway().migrate().migrationsExecuted).isZero();
    assertThat(number("SELECT count(*) FROM fund")).isEqualTo(1);
  }

  private void insertEntry(long id, long sequence, Long reverses) throws SQLException {
    execute(entrySql(id, sequence, reverses));
  }

  private static String entrySql(long id, long sequence, Long reverses) {
    return "INSERT INTO journal_entry (id, sequence_number, entry_date, memo, reverses_id,"
        + " previous_hash, hash) VALUES ("
        + id
        + ", "
        + sequence
        + ", DATE '2026-03-01', 'm', "
        + reverses
        + ", '"
        + (sequence == 1 ? ZEROS : "h" + (sequence - 1))
        + "', 'h"
        + sequence
        + "')";
  }

  private static String postingSql(int line, long debit, long credit) {
    return "INSERT INTO posting (id, journal_entry_id, line_number, account_id, fund_id,"
        + " debit_minor, credit_minor, currency) VALUES ("
        + (50 + line)
        + ", 50, "
        + line
        + ", (SELECT min(id) FROM account), (SELECT min(id) FROM fund), "
        + debit
        + ", "
        + credit
        + ", 'USD')";
  }

  private void execute(String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private void assertRefused(String sql) {
    assertThatThrownBy(() -> execute(sql)).isInstanceOf(SQLException.class);
  }

  private long number(String sql) throws SQLException {
    return Long.parseLong(strings(sql).get(0));
  }

  private List<String> strings(String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      var values = new ArrayList<String>();
      while (rows.next()) {
        values.add(rows.getString(1));
      }
      return values;
    }
  }
}
