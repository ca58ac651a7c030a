package org.reliefledger.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * V014 on a database whose approved requests held their amount in {@code held_minor}: the schema is
 * migrated to the version just before V014, requests are written, then the rest runs. Each approved
 * request must become one pending ledger hold. Subclasses say which database.
 */
abstract class HoldsMigrationContract {

  private static final MigrationVersion HOLDS = MigrationVersion.fromVersion("14");

  private Connection connection;

  abstract Flyway flyway() throws SQLException;

  abstract Connection connect() throws SQLException;

  abstract void discard() throws SQLException;

  @BeforeEach
  void migrateWithApprovedRequests() throws SQLException {
    Flyway all = flyway();
    PriorSchema.migrateJustBefore(all, HOLDS);
    connection = connect();
    execute("INSERT INTO fund (id, code, name, restricted) VALUES (1000, 'TEST', 'Test', FALSE)");
    execute("INSERT INTO fund (id, code, name, restricted) VALUES (1050, 'OTHER', 'Other', FALSE)");
    execute(
        "INSERT INTO area (code, name, name_key, created_by, created_at)"
            + " VALUES ('EAST', 'East', 'east', 'admin', CURRENT_TIMESTAMP)");
    execute(
        "INSERT INTO cases (id, code, household_size_band, area, languages, created_by,"
            + " created_at) VALUES (50, 'C-7KQ4', 'ONE', 'EAST', 'es', 'intake', CURRENT_TIMESTAMP)");
    request(60, 1000, 12500, "APPROVED");
    request(61, 1050, 4000, "APPROVED");
    request(62, 1000, 9900, "OPEN");
    all.migrate();
  }

  @AfterEach
  void close() throws SQLException {
    connection.close();
    discard();
  }

  private void execute(String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private void request(long id, long fund, long amount, String status) throws SQLException {
    execute(
        "INSERT INTO disbursement_request (id, row_version, case_id, fund_id, category,"
            + " amount_minor, currency, payee, requested_by, opened_at, deadline, policy_version,"
            + " status, decided_at, held_minor) VALUES ("
            + id
            + ", 1, 50, "
            + fund
            + ", 'RENT', "
            + amount
            + ", 'USD', 'LANDLORD', 'intake', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1, '"
            + status
            + "', "
            + (status.equals("OPEN") ? "NULL, NULL" : "CURRENT_TIMESTAMP, " + amount)
            + ")");
  }

  private List<String> rows(String sql) throws SQLException {
    var rows = new ArrayList<String>();
    try (var statement = connection.createStatement();
        var result = statement.executeQuery(sql)) {
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        var row = new StringBuilder();
        for (int c = 1; c <= columns; c++) {
          row.append(c > 1 ? " " : "").append(result.getString(c));
        }
        rows.add(row.toString());
      }
    }
    return rows;
  }

  @Test
  void eachApprovedRequestBecomesOnePendingHoldOfItsAmountInItsFund() throws SQLException {
    assertThat(
            rows(
                "SELECT r.id, h.fund_id, h.amount_minor, h.currency, h.reference, h.state"
                    + " FROM disbursement_request r JOIN ledger_hold h ON h.id = r.hold_id"
                    + " ORDER BY r.id"))
        .containsExactly(
            "60 1000 12500 USD disbursement_request:60 PENDING",
            "61 1050 4000 USD disbursement_request:61 PENDING");
    assertThat(rows("SELECT hold_id FROM disbursement_request WHERE id = 62"))
        .containsExactly("null");
    assertThat(rows("SELECT COUNT(*) FROM ledger_hold")).containsExactly("2");
  }

  @Test
  void theSequenceHandsOutNoIdTheMigrationUsed() throws SQLException {
    long highest = Long.parseLong(rows("SELECT MAX(id) FROM ledger_hold").get(0));
    long next = Long.parseLong(rows("SELECT nextval('ledger_hold_seq')").get(0));

    // EclipseLink takes nextval as the top of a block of 50 ids.
    assertThat(next - 49).isGreaterThan(highest);
  }
}
