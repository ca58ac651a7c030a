package org.reliefledger.disbursement.boundary;

import org.reliefledger.testing.TestDatabase;

class DisbursementsOnH2Test extends DisbursementsContract {

  @Override
  TestDatabase newDatabase() {
    return TestDatabase.h2();
  }
}
