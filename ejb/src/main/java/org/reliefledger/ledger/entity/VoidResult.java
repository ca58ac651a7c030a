package org.reliefledger.ledger.entity;

/** What became of a request to void a hold. Only {@link Voided} wrote. */
public sealed interface VoidResult {

  /** The hold is voided: {@code released} is available to the fund again. */
  record Voided(Money released) implements VoidResult {}

  /** The hold was already resolved ({@code state} is POSTED or VOIDED); nothing changed. */
  record NotPending(HoldState state) implements VoidResult {}

  /** There is no hold with this id. */
  record UnknownHold(long holdId) implements VoidResult {}
}
