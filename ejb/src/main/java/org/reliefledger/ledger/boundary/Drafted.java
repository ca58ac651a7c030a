package org.reliefledger.ledger.boundary;

import org.reliefledger.ledger.entity.JournalEntry;

/** A draft entry ready to be sealed, or the reason the request cannot become one. */
record Drafted(JournalEntry.Builder draft, EntryResult refusal) {

  static Drafted of(JournalEntry.Builder draft) {
    return new Drafted(draft, null);
  }

  static Drafted refused(EntryResult refusal) {
    return new Drafted(null, refusal);
  }

  boolean isRefused() {
    return refusal != null;
  }
}
