package org.reliefledger.ledger.boundary;

import org.junit.jupiter.api.condition.EnabledIf;

/** Runs when a PostgreSQL server answers; see {@link TestDatabase}. */
@EnabledIf("org.reliefledger.ledger.boundary.TestDatabase#postgresAnswers")
class LedgerOnPostgresTest extends LedgerContract {

  @Override
  TestDatabase newDatabase() {
    return TestDatabase.postgres();
  }
}
