package org.reliefledger.migrations;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * The ledger schema on PostgreSQL, in a throw-away database. Runs when a server answers at {@code
 * RELIEF_TEST_PG_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/postgres}) as {@code
 * RELIEF_TEST_PG_USER} (default {@code postgres}) with {@code RELIEF_TEST_PG_PASSWORD}.
 */
@EnabledIf("postgresAnswers")
class LedgerSchemaOnPostgresTest extends LedgerSchemaContract {

  private static final String ADMIN_URL =
      env("RELIEF_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
  private static final String USER = env("RELIEF_TEST_PG_USER", "postgres");
  private static final String PASSWORD = env("RELIEF_TEST_PG_PASSWORD", "");

  private final String database =
      "ledger_schema_" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);
  private boolean created;

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  static boolean postgresAnswers() {
    try (Connection ignored = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD)) {
      return true;
    } catch (SQLException unreachable) {
      return false;
    }
  }

  private String url() {
    return ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + database;
  }

  @Override
  Flyway flyway() {
    if (!created) {
      adminExecute("CREATE DATABASE " + database);
      created = true;
    }
    return Flyway.configure().dataSource(url(), USER, PASSWORD).load();
  }

  @Override
  Connection connect() throws SQLException {
    return DriverManager.getConnection(url(), USER, PASSWORD);
  }

  @Override
  void dropDatabase() {
    adminExecute("DROP DATABASE IF EXISTS " + database);
  }

  private static void adminExecute(String sql) {
    try (Connection admin = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD)) {
      admin.createStatement().execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
