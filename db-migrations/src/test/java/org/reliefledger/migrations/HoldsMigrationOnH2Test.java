package org.reliefledger.migrations;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/**
 * V014 with approved requests on an in-memory H2 in PostgreSQL mode, the application's embedded
 * database.
 */
class HoldsMigrationOnH2Test extends HoldsMigrationContract {

  private final String url =
      "jdbc:h2:mem:holds-"
          + UUID.randomUUID()
          + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";

  @Override
  Flyway flyway() {
    return Flyway.configure().dataSource(url, "sa", "").load();
  }

  @Override
  Connection connect() throws SQLException {
    return DriverManager.getConnection(url, "sa", "");
  }

  @Override
  void discard() throws SQLException {
    try (var connection = DriverManager.getConnection(url, "sa", "")) {
      connection.createStatement().execute("SHUTDOWN");
    }
  }
}
