package org.reliefledger.ledger.entity;

/**
 * Recomputes the hash chain one stored entry at a time, in sequence order, so that a ledger of any
 * size is verified in constant memory. Feed every entry to {@link #accept}, then call {@link
 * #finish} with the chain head the database records.
 */
public final class ChainVerifier {

  private ChainLink expected = ChainLink.GENESIS;
  private long verified;
  private Long lastEntryId;
  private ChainVerification.Broken broken;

  /**
   * Checks the next entry against the one before it.
   *
   * @return false once the chain is broken (further entries are ignored)
   */
  public boolean accept(StoredEntry entry) {
    if (broken != null) {
      return false;
    }
    long sequence = entry.content().sequence();
    if (sequence != expected.nextSequence()) {
      return fail(entry, ChainVerification.Reason.SEQUENCE_GAP);
    }
    if (!expected.hash().equals(entry.previousHash())) {
      return fail(entry, ChainVerification.Reason.PREVIOUS_HASH_MISMATCH);
    }
    if (!entry.content().hash(entry.previousHash()).equals(entry.hash())) {
      return fail(entry, ChainVerification.Reason.HASH_MISMATCH);
    }
    expected = new ChainLink(sequence, entry.hash());
    lastEntryId = entry.id();
    verified++;
    return true;
  }

  private boolean fail(StoredEntry entry, ChainVerification.Reason reason) {
    broken = new ChainVerification.Broken(entry.id(), entry.content().sequence(), reason);
    return false;
  }

  /** Whether an entry has already failed; later entries are then ignored. */
  public boolean isBroken() {
    return broken != null;
  }

  /** The verdict, given the end of the chain as the database records it (see {@link ChainHead}). */
  public ChainVerification finish(long recordedSequence, String recordedHash) {
    if (broken != null) {
      return broken;
    }
    if (expected.sequence() != recordedSequence || !expected.hash().equals(recordedHash)) {
      return new ChainVerification.Broken(
          lastEntryId, expected.sequence(), ChainVerification.Reason.HEAD_MISMATCH);
    }
    return new ChainVerification.Intact(verified, expected.hash());
  }
}
