package org.reliefledger.disbursement.entity;

/** A committee member's vote on a request. */
public enum Decision {
  APPROVE,
  REJECT,
  ABSTAIN
}
