package org.reliefledger.ledger.boundary;

import org.reliefledger.testing.TestDatabase;

class LedgerOnH2Test extends LedgerContract {

  @Override
  TestDatabase newDatabase() {
    return TestDatabase.h2();
  }
}
