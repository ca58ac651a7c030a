package org.reliefledger.ledger.entity;

/** What became of a request to post or reverse a journal entry. Only {@link Posted} wrote. */
public sealed interface EntryResult {

  /**
   * The entry is in the journal. {@code replayed}: it was posted earlier under the same idempotency
   * key and the same request, and nothing new was written.
   */
  record Posted(EntryView entry, boolean replayed) implements EntryResult {}

  /** The postings break a rule of journal entries (unbalanced, too few, bad memo ...). */
  record Unbalanced(EntryProblem problem) implements EntryResult {}

  /** A posting names an account that does not exist. */
  record UnknownAccount(String code) implements EntryResult {}

  /** A posting names a fund that does not exist. */
  record UnknownFund(String code) implements EntryResult {}

  /** The entry would spend more than the fund has available (its cash less what it holds). */
  record InsufficientFunds(String fund, Money available, Money change) implements EntryResult {}

  /** The entry would spend a restricted fund on an expense it does not allow. */
  record RestrictedCategory(String fund) implements EntryResult {}

  /** The entry to reverse has already been reversed, by {@code reversalId}. */
  record AlreadyReversed(long entryId, long reversalId) implements EntryResult {}

  /** There is no entry with this id. */
  record EntryNotFound(long entryId) implements EntryResult {}

  /** The idempotency key was first used with a different request. */
  record IdempotencyKeyReused() implements EntryResult {}

  /** There is no hold with this id (posting a hold). */
  record UnknownHold(long holdId) implements EntryResult {}

  /** The hold was already resolved, posted or voided (posting a hold); nothing was written. */
  record HoldNotPending(long holdId, HoldState state) implements EntryResult {}
}
