package org.reliefledger.cases.vault.control;

import static org.junit.jupiter.api.Assumptions.abort;

import java.sql.SQLException;

/** Skipped where no PostgreSQL answers at {@code relief.test.postgres.url}. */
class SealedCasesPostgresTest extends SealedCasesContract {

  @Override
  VaultDatabase newDatabase() {
    try {
      return VaultDatabase.postgres();
    } catch (SQLException e) {
      return abort("no PostgreSQL for the vault tests: " + e.getMessage());
    }
  }
}
