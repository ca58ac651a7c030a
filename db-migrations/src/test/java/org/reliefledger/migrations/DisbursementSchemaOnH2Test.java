package org.reliefledger.migrations;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/** V003 on an in-memory H2 in PostgreSQL mode, the embedded database of the application. */
class DisbursementSchemaOnH2Test extends DisbursementSchemaContract {

  private final String url =
      "jdbc:h2:mem:disbursements-"
          + UUID.randomUUID()
          + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";

  @Override
  Connection freshlyMigrated() throws SQLException {
    Flyway.configure().dataSource(url, "sa", "").load().migrate();
    return DriverManager.getConnection(url, "sa", "");
  }

  @Override
  void discard() throws SQLException {
    try (var connection = DriverManager.getConnection(url, "sa", "")) {
      connection.createStatement().execute("SHUTDOWN");
    }
  }
}
