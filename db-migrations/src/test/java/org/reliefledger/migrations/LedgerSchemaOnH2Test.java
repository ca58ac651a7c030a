package org.reliefledger.migrations;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/** The ledger schema on in-memory H2 in PostgreSQL mode, as the embedded runtime uses it. */
class LedgerSchemaOnH2Test extends LedgerSchemaContract {

  private final String url =
      "jdbc:h2:mem:"
          + UUID.randomUUID()
          + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

  @Override
  Flyway flyway() {
    return Flyway.configure().dataSource(url, "sa", "").load();
  }

  @Override
  Connection connect() throws SQLException {
    return DriverManager.getConnection(url, "sa", "");
  }

  @Override
  void dropDatabase() throws SQLException {
    try (Connection c = connect()) {
      c.createStatement().execute("SHUTDOWN");
    }
  }
}
