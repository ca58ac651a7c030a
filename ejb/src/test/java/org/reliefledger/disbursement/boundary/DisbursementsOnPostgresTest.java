package org.reliefledger.disbursement.boundary;

import org.junit.jupiter.api.condition.EnabledIf;

/** Runs when a PostgreSQL server answers; see {@link Database}. */
@EnabledIf("org.reliefledger.disbursement.boundary.Database#postgresAnswers")
class DisbursementsOnPostgresTest extends DisbursementsContract {

  @Override
  Database newDatabase() {
    return Database.postgres();
  }
}
