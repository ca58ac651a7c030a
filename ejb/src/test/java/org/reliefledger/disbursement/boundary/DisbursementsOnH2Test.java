package org.reliefledger.disbursement.boundary;

class DisbursementsOnH2Test extends DisbursementsContract {

  @Override
  Database newDatabase() {
    return Database.h2();
  }
}
