package org.reliefledger.ledger.boundary;

import org.junit.jupiter.api.condition.EnabledIf;
import org.reliefledger.testing.TestDatabase;

/** Runs when a PostgreSQL server answers; see {@link TestDatabase}. */
@EnabledIf("org.reliefledger.testing.TestDatabase#postgresAnswers")
class GroupCommitOnPostgresTest extends GroupCommitContract {

  @Override
  TestDatabase newDatabase() {
    return TestDatabase.postgres();
  }
}
