package org.reliefledger.disbursement.entity;

/** How the treasurer sends a disbursement's money to its payee, as intake's instructions say. */
public enum PayoutMethod {
  CHECK,
  BANK_TRANSFER,
  ZELLE,
  VENMO,
  CASH_APP,
  CASH,
  OTHER
}
