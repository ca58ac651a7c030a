package org.reliefledger.ledger.entity;

import java.util.regex.Pattern;

/**
 * A position in the hash chain: the sequence number of an entry and its hash. The chain starts at
 * {@link #GENESIS}; the entry with sequence {@code n} is sealed against the link of entry {@code n
 * - 1}.
 */
public record ChainLink(long sequence, String hash) {

  private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

  /** The link before the first entry: sequence 0 and a hash of 64 zeros. */
  public static final ChainLink GENESIS = new ChainLink(0, "0".repeat(64));

  public ChainLink {
    if (sequence < 0) {
      throw new IllegalArgumentException("sequence must not be negative");
    }
    if (hash == null || !SHA256_HEX.matcher(hash).matches()) {
      throw new IllegalArgumentException("hash must be 64 lower-case hex digits");
    }
  }

  /** The sequence number of the entry that follows this link. */
  public long nextSequence() {
    return Math.addExact(sequence, 1);
  }
}
