package org.reliefledger.ledger.entity;

/** Where a hold stands: pending until it is resolved, once, by posting or voiding it. */
public enum HoldState {
  PENDING,
  POSTED,
  VOIDED
}
