package org.reliefledger.cases.vault.control;

class SealedCasesH2Test extends SealedCasesContract {

  @Override
  VaultDatabase newDatabase() {
    return VaultDatabase.h2();
  }
}
