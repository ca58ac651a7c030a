package org.reliefledger.ledger.control;

import org.reliefledger.ledger.entity.EntryResult;
import org.reliefledger.ledger.entity.JournalEntry;

/** A draft entry ready to be sealed, or the reason the request cannot become one. */
public record Drafted(JournalEntry.Builder draft, EntryResult refusal) {

  public static Drafted of(JournalEntry.Builder draft) {
    return new Drafted(draft, null);
  }

  public static Drafted refused(EntryResult refusal) {
    return new Drafted(null, refusal);
  }

  public boolean isRefused() {
    return refusal != null;
  }
}
