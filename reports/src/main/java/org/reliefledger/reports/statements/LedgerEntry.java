package org.reliefledger.reports.statements;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A posted journal entry with its postings, as the general-ledger export shows it. The export shows
 * what the ledger holds and does not check balance or hashes: that is the job of the ledger
 * verification, and an auditor's export must never hide a broken entry.
 *
 * @param entryId the entry's id
 * @param date the entry's accounting date
 * @param memo the treasurer's memo, or {@code null}
 * @param reversesEntryId the id of the entry this one reverses, or {@code null}
 * @param hash the entry's chained SHA-256 hash, hex-encoded
 * @param postings the entry's postings, in their order
 */
public record LedgerEntry(
    long entryId,
    LocalDate date,
    String memo,
    Long reversesEntryId,
    String hash,
    List<LedgerPosting> postings) {

  public LedgerEntry {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(hash, "hash");
    postings = List.copyOf(postings);
  }

  /** Leaves the memo out: a treasurer's free text may name someone, and logs must not. */
  @Override
  public String toString() {
    return "LedgerEntry[" + entryId + ", " + date + ", " + postings.size() + " postings]";
  }
}
