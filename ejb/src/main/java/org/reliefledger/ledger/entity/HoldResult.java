package org.reliefledger.ledger.entity;

/** What became of a request to hold part of a fund's cash. Only {@link Held} wrote. */
public sealed interface HoldResult {

  /** The amount is held, as pending hold {@code holdId}. */
  record Held(long holdId, Money amount) implements HoldResult {}

  /** There is no fund with this code. */
  record UnknownFund(String code) implements HoldResult {}

  /** The fund's cash less its pending holds ({@code available}) is less than {@code amount}. */
  record InsufficientFunds(String fund, Money available, Money amount) implements HoldResult {}
}
