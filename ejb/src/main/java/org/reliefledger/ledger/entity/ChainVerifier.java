package org.reliefledger.ledger.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * Recomputes the hash chain one stored entry at a time, in sequence order, so that a ledger of any
 * size is verified in constant memory. Feed every entry to {@link #accept}, then call {@link
 * #finish} with the chain head the database records.
 *
 * <p>Each entry is checked against its own stored hash and the stored hash of the entry before it,
 * so one changed entry does not hide the others: every broken entry is counted, and the first
 * {@link #MAX_REPORTED} are named.
 */
public final class ChainVerifier {

  public static final int MAX_REPORTED = 100;

  private ChainLink expected = ChainLink.GENESIS;
  private long verified;
  private Long lastEntryId;
  private final List<ChainVerification.Break> breaks = new ArrayList<>();
  private long brokenCount;

  /** Checks the next entry against the one stored before it. */
  public void accept(StoredEntry entry) {
    long sequence = entry.content().sequence();
    if (sequence != expected.nextSequence()) {
      broken(entry.id(), sequence, ChainVerification.Reason.SEQUENCE_GAP);
    } else if (!expected.hash().equals(entry.previousHash())) {
      broken(entry.id(), sequence, ChainVerification.Reason.PREVIOUS_HASH_MISMATCH);
    } else if (!entry.content().hash(entry.previousHash()).equals(entry.hash())) {
      broken(entry.id(), sequence, ChainVerification.Reason.HASH_MISMATCH);
    }
    expected = new ChainLink(sequence, entry.hash());
    lastEntryId = entry.id();
    verified++;
  }

  private void broken(Long entryId, long sequence, ChainVerification.Reason reason) {
    brokenCount++;
    if (breaks.size() < MAX_REPORTED) {
      breaks.add(new ChainVerification.Break(entryId, sequence, reason));
    }
  }

  /** The verdict, given the end of the chain as the database records it (see {@link ChainHead}). */
  public ChainVerification finish(long recordedSequence, String recordedHash) {
    if (expected.sequence() != recordedSequence || !expected.hash().equals(recordedHash)) {
      broken(lastEntryId, expected.sequence(), ChainVerification.Reason.HEAD_MISMATCH);
    }
    if (breaks.isEmpty()) {
      return new ChainVerification.Intact(verified, expected.hash());
    }
    return new ChainVerification.Broken(breaks, brokenCount);
  }
}
