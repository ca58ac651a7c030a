package org.reliefledger.ledger.entity;

/** The outcome of recomputing the hash chain over every stored entry. */
public sealed interface ChainVerification {

  /** Every entry's hash matches its content and the entry before it. */
  record Intact(long entries, String head) implements ChainVerification {}

  /**
   * The first entry (in sequence order) whose stored rows do not match the chain. For {@link
   * Reason#HEAD_MISMATCH} it is the last entry still present ({@code null} if none is).
   */
  record Broken(Long firstBrokenEntryId, long sequence, Reason reason)
      implements ChainVerification {}

  /** What did not match. */
  enum Reason {
    /** The entry's content or stored hash was changed: the recomputed hash differs. */
    HASH_MISMATCH,
    /** The stored previous hash is not the hash of the entry before. */
    PREVIOUS_HASH_MISMATCH,
    /** An entry is missing before this one, or sequence numbers were changed. */
    SEQUENCE_GAP,
    /** The chain ends before the recorded head: entries at the end were removed. */
    HEAD_MISMATCH
  }
}
