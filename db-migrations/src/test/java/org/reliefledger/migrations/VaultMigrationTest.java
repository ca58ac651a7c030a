package org.reliefledger.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** V004 on H2 in PostgreSQL mode: the vault's tables and the rules they enforce themselves. */
class VaultMigrationTest {

  private static final String MASTER = "mk-0123456789abcdef";
  private Connection connection;

  @BeforeEach
  void migrate() throws SQLException {
    String url =
        "jdbc:h2:mem:vault-"
            + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
    Flyway.configure().dataSource(url, "sa", "").load().migrate();
    connection = DriverManager.getConnection(url, "sa", "");
    execute(
        "INSERT INTO vault_master_key (key_id, check_value, registered_at)"
            + " VALUES ('"
            + MASTER
            + "', '"
            + "ab".repeat(32)
            + "', CURRENT_TIMESTAMP)");
  }

  @AfterEach
  void close() throws SQLException {
    execute("SHUTDOWN");
    connection.close();
  }

  private void execute(String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private void insertCaseKey(long caseId, String masterKeyId) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO case_key (case_id, master_key_id, wrap_nonce, wrapped_key, created_at)"
                + " VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP)")) {
      insert.setLong(1, caseId);
      insert.setString(2, masterKeyId);
      insert.setBytes(3, new byte[12]);
      insert.setBytes(4, new byte[48]);
      insert.executeUpdate();
    }
  }

  private void insertPii(long caseId, byte[] nonce, byte[] sealed, boolean shredded)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO case_pii (case_id, pii_nonce, pii_sealed, sealed_at, shredded_at)"
                + " VALUES (?, ?, ?, "
                + (sealed == null ? "NULL" : "CURRENT_TIMESTAMP")
                + ", "
                + (shredded ? "CURRENT_TIMESTAMP" : "NULL")
                + ")")) {
      insert.setLong(1, caseId);
      insert.setBytes(2, nonce);
      insert.setBytes(3, sealed);
      insert.executeUpdate();
    }
  }

  @Test
  void storesWrappedKeysAndSealedEnvelopesAsBytes() throws SQLException {
    insertCaseKey(50, MASTER);
    insertPii(50, new byte[12], new byte[80], false);

    try (var result =
        connection
            .createStatement()
            .executeQuery("SELECT pii_sealed, shredded_at FROM case_pii WHERE case_id = 50")) {
      assertThat(result.next()).isTrue();
      assertThat(result.getBytes(1)).hasSize(80);
      assertThat(result.getObject(2)).isNull();
    }
  }

  @Test
  void aDataKeyNeedsARegisteredMasterKey() {
    assertThatThrownBy(() -> insertCaseKey(50, "mk-ffffffffffffffff"))
        .isInstanceOf(SQLException.class);
  }

  @Test
  void oneDataKeyPerCase() throws SQLException {
    insertCaseKey(50, MASTER);

    assertThatThrownBy(() -> insertCaseKey(50, MASTER)).isInstanceOf(SQLException.class);
  }

  @Test
  void aShreddedCaseHoldsNoEnvelope() throws SQLException {
    insertPii(50, null, null, true);

    assertThatThrownBy(() -> insertPii(51, new byte[12], new byte[80], true))
        .isInstanceOf(SQLException.class);
  }

  @Test
  void anEnvelopeIsNeverHalfStored() {
    assertThatThrownBy(() -> insertPii(50, null, new byte[80], false))
        .isInstanceOf(SQLException.class);
  }
}
