package org.reliefledger.ledger.entity;

/** What became of a request to add an account or a fund to the chart. */
public sealed interface ChartResult {

  /** Added; {@code code} is the new account's or fund's code. */
  record Added(String code) implements ChartResult {}

  /** An account (or fund) with this code exists already. */
  record DuplicateCode(String code) implements ChartResult {}

  /** The request breaks a rule of accounts or funds; {@code message} says which. */
  record Invalid(String message) implements ChartResult {}
}
