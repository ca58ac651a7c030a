package org.reliefledger.ledger.entity;

import java.util.List;

/** The outcome of recomputing the hash chain over every stored entry. */
public sealed interface ChainVerification {

  /** Every entry's hash matches its content and the entry before it. */
  record Intact(long entries, String head) implements ChainVerification {}

  /**
   * Entries whose stored rows do not match the chain, in sequence order: the first {@link
   * ChainVerifier#MAX_REPORTED} of them, and how many there are in all.
   */
  record Broken(List<Break> breaks, long count) implements ChainVerification {

    public Broken {
      if (breaks.isEmpty()) {
        throw new IllegalArgumentException("a broken chain names at least one entry");
      }
      breaks = List.copyOf(breaks);
    }

    public Long firstBrokenEntryId() {
      return breaks.get(0).entryId();
    }

    public Reason reason() {
      return breaks.get(0).reason();
    }
  }

  /**
   * One entry that does not match. For {@link Reason#HEAD_MISMATCH} it is the last entry still
   * present ({@code null} if none is).
   */
  record Break(Long entryId, long sequence, Reason reason) {}

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
