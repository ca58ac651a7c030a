package org.reliefledger.disbursement.entity;

/**
 * Where a disbursement request stands: {@code OPEN → APPROVED | REJECTED | EXPIRED}, then an
 * approved request ends {@code PAID} or {@code CANCELLED}. Every step happens at most once.
 */
public enum RequestStatus {
  OPEN,
  APPROVED,
  REJECTED,
  EXPIRED,
  PAID,
  CANCELLED;

  /** Whether money requested in this state counts against the case's cap. */
  public boolean countsAgainstCap() {
    return this == OPEN || this == APPROVED || this == PAID;
  }
}
