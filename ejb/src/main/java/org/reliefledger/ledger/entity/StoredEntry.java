package org.reliefledger.ledger.entity;

import java.util.Objects;

/**
 * A journal entry as read back from the database row by row: its id, the content its hash should
 * cover, and the two hashes stored with it.
 */
public record StoredEntry(long id, EntryContent content, String previousHash, String hash) {

  public StoredEntry {
    Objects.requireNonNull(content, "content");
  }
}
