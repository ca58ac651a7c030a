package org.reliefledger.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What V003 promises, checked on a freshly migrated database: the seeded policy and the rules the
 * tables enforce themselves. Subclasses say which database; the same SQL must pass on H2 and
 * PostgreSQL.
 */
abstract class DisbursementSchemaContract {

  private Connection connection;

  /** A connection to a fresh database that all migrations have run on. */
  abstract Connection freshlyMigrated() throws SQLException;

  /** Throws the database away. */
  abstract void discard() throws SQLException;

  @BeforeEach
  void migrate() throws SQLException {
    connection = freshlyMigrated();
    execute("INSERT INTO fund (id, code, name, restricted) VALUES (1000, 'TEST', 'Test', FALSE)");
    execute(
        "INSERT INTO area (code, name, name_key, created_by, created_at)"
            + " VALUES ('EAST', 'East', 'east', 'admin', CURRENT_TIMESTAMP)");
    execute(
        "INSERT INTO cases (id, code, household_size_band, area, languages, created_by,"
            + " created_at) VALUES (50, 'C-7KQ4', 'ONE', 'EAST', 'es', 'intake', CURRENT_TIMESTAMP)");
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

  private void request(long id, String status, String heldMinor) throws SQLException {
    execute(
        "INSERT INTO disbursement_request (id, row_version, case_id, fund_id, category,"
            + " amount_minor, currency, payee, requested_by, opened_at, deadline, policy_version,"
            + " status, decided_at, held_minor) VALUES ("
            + id
            + ", 1, 50, 1000, 'RENT', 10000, 'USD', 'LANDLORD', 'intake', CURRENT_TIMESTAMP,"
            + " CURRENT_TIMESTAMP, 1, '"
            + status
            + "', CURRENT_TIMESTAMP, "
            + heldMinor
            + ")");
  }

  @Test
  void seedsTheDefaultPolicyAsVersionOne() throws SQLException {
    try (var rows =
        connection
            .createStatement()
            .executeQuery(
                "SELECT version, small_limit_minor, small_approvals, medium_limit_minor,"
                    + " medium_approvals, deadline_hours, case_cap_minor, cap_window_days"
                    + " FROM voting_policy")) {
      assertThat(rows.next()).isTrue();
      assertThat(
              new long[] {
                rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4),
                rows.getLong(5), rows.getLong(6), rows.getLong(7), rows.getLong(8)
              })
          .containsExactly(1, 50000, 2, 200000, 3, 72, 300000, 90);
      assertThat(rows.next()).isFalse();
    }
  }

  @Test
  void caseCodesAreUnique() {
    assertThatThrownBy(
            () ->
                execute(
                    "INSERT INTO cases (id, code, household_size_band, area, languages,"
                        + " created_by, created_at) VALUES (51, 'C-7KQ4', 'ONE', 'EAST', '',"
                        + " 'intake', CURRENT_TIMESTAMP)"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("cases_code_unique");
  }

  @Test
  void onlyAnApprovedRequestHoldsAndItHoldsExactlyItsAmount() throws SQLException {
    request(50, "APPROVED", "10000");
    request(51, "OPEN", "NULL");

    assertThatThrownBy(() -> request(52, "APPROVED", "NULL"))
        .hasMessageContaining("disbursement_request_only_approved_holds");
    assertThatThrownBy(() -> request(53, "APPROVED", "9999"))
        .hasMessageContaining("disbursement_request_only_approved_holds");
    assertThatThrownBy(() -> request(54, "REJECTED", "10000"))
        .hasMessageContaining("disbursement_request_only_approved_holds");
  }

  @Test
  void aPaidRequestNamesItsJournalEntry() {
    assertThatThrownBy(() -> request(50, "PAID", "NULL"))
        .hasMessageContaining("disbursement_request_paid_has_entry");
  }

  @Test
  void requestsReferToExistingCasesFundsAndPolicies() {
    assertThatThrownBy(
            () ->
                execute(
                    "INSERT INTO disbursement_request (id, row_version, case_id, fund_id,"
                        + " category, amount_minor, currency, payee, requested_by, opened_at,"
                        + " deadline, policy_version, status) VALUES (60, 1, 50, 1000, 'RENT', 100,"
                        + " 'USD', 'LANDLORD', 'intake', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 2,"
                        + " 'OPEN')"))
        .hasMessageContaining("disbursement_request_policy");
  }

  @Test
  void oneLiveVoteAndOneRecusalPerMemberAndRequest() throws SQLException {
    request(50, "OPEN", "NULL");
    execute(
        "INSERT INTO disbursement_vote (id, request_id, username, decision, cast_at)"
            + " VALUES (50, 50, 'ana', 'APPROVE', CURRENT_TIMESTAMP)");
    execute(
        "INSERT INTO disbursement_recusal (id, request_id, username, recused_at)"
            + " VALUES (50, 50, 'ben', CURRENT_TIMESTAMP)");

    assertThatThrownBy(
            () ->
                execute(
                    "INSERT INTO disbursement_vote (id, request_id, username, decision, cast_at)"
                        + " VALUES (51, 50, 'ana', 'REJECT', CURRENT_TIMESTAMP)"))
        .hasMessageContaining("disbursement_vote_one_live_per_member");
    assertThatThrownBy(
            () ->
                execute(
                    "INSERT INTO disbursement_recusal (id, request_id, username, recused_at)"
                        + " VALUES (51, 50, 'ben', CURRENT_TIMESTAMP)"))
        .hasMessageContaining("disbursement_recusal_once_per_member");
  }
}
