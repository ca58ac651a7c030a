package org.reliefledger.ledger.boundary;

import org.reliefledger.testing.TestDatabase;

class GroupCommitOnH2Test extends GroupCommitContract {

  @Override
  TestDatabase newDatabase() {
    return TestDatabase.h2();
  }
}
