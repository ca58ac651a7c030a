package org.reliefledger.migrations;

import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * V003 on PostgreSQL, in a throw-away database that {@link LedgerSchemaOnPostgresTest} makes (and
 * only when a server answers there).
 */
@EnabledIf("org.reliefledger.migrations.LedgerSchemaOnPostgresTest#postgresAnswers")
class DisbursementSchemaOnPostgresTest extends DisbursementSchemaContract {

  private final LedgerSchemaOnPostgresTest server = new LedgerSchemaOnPostgresTest();

  @Override
  Connection freshlyMigrated() throws SQLException {
    server.flyway().migrate();
    return server.connect();
  }

  @Override
  void discard() {
    server.dropDatabase();
  }
}
