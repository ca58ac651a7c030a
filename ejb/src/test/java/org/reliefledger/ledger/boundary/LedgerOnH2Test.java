package org.reliefledger.ledger.boundary;

class LedgerOnH2Test extends LedgerContract {

  @Override
  TestDatabase newDatabase() {
    return TestDatabase.h2();
  }
}
