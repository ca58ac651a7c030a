package org.reliefledger.migrations;

import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * V014 with approved requests on PostgreSQL, in a throw-away database that {@link
 * LedgerSchemaOnPostgresTest} makes (and only when a server answers there).
 */
@EnabledIf("org.reliefledger.migrations.LedgerSchemaOnPostgresTest#postgresAnswers")
class HoldsMigrationOnPostgresTest extends HoldsMigrationContract {

  private final LedgerSchemaOnPostgresTest server = new LedgerSchemaOnPostgresTest();

  @Override
  Flyway flyway() {
    return server.flyway();
  }

  @Override
  Connection connect() throws SQLException {
    return server.connect();
  }

  @Override
  void discard() {
    server.dropDatabase();
  }
}
