package org.reliefledger.ledger.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.reliefledger.audit.boundary.Audit;
import org.reliefledger.ledger.control.IdempotencyRecords;
import org.reliefledger.ledger.control.LedgerLocks;
import org.reliefledger.ledger.control.LedgerQueries;
import org.reliefledger.ledger.entity.ChainHead;
import org.reliefledger.ledger.entity.Fund;
import org.reliefledger.ledger.entity.FundBalance;
import org.reliefledger.ledger.entity.IdempotencyRecord;
import org.reliefledger.ledger.entity.JournalEntry;
import org.reliefledger.ledger.entity.Money;

/**
 * Appends drafted entries to the hash chain under the ledger's locks: the checks that need them
 * (idempotency key, reversal at most once, no overdraft), sealing, and writing. One lock of the
 * books can serve several entries in a row: the cash rows and the chain head are updated in memory
 * after each, so the next entry is checked against them and chained to it.
 */
@Dependent
public class ChainAppender {

  /** The locked cash rows (by fund code) and chain head of the current transaction. */
  record LockedBooks(Map<String, FundBalance> cash, ChainHead head) {}

  @PersistenceContext EntityManager em;

  @Inject LedgerLocks locks;
  @Inject IdempotencyRecords idempotency;
  @Inject LedgerQueries queries;
  @Inject Audit audit;

  /** Locks the cash rows of {@code funds}, then the chain head, until the transaction ends. */
  LockedBooks lock(Collection<Fund> funds) {
    Map<String, FundBalance> cash = locks.lockFunds(funds);
    return new LockedBooks(cash, locks.lockChainHead());
  }

  /**
   * Appends {@code draft}, whose funds {@code books} must hold, on behalf of {@code actor}; writes
   * nothing when it refuses. Flushes the entry, so that the next entry's checks see it.
   */
  EntryResult append(
      JournalEntry.Builder draft, IdempotentRequest request, LockedBooks books, String actor) {
    if (request != null) {
      Optional<IdempotencyRecord> first = idempotency.find(request.key());
      if (first.isPresent()) {
        return replay(first.get(), request);
      }
    }
    if (draft.reverses().isPresent()) {
      long original = draft.reverses().get();
      Optional<JournalEntry> earlier = queries.reversalOf(original);
      if (earlier.isPresent()) {
        return new EntryResult.AlreadyReversed(original, earlier.get().id());
      }
    }
    JournalEntry entry = draft.seal(books.head().link());
    Map<String, Money> changes = entry.assetChangeByFund();
    for (var change : changes.entrySet()) {
      FundBalance fund = books.cash().get(change.getKey());
      if (!fund.canAbsorb(change.getValue())) {
        return new EntryResult.InsufficientFunds(change.getKey(), fund.cash(), change.getValue());
      }
    }
    em.persist(entry);
    books.head().advanceTo(entry);
    changes.forEach((fund, change) -> books.cash().get(fund).apply(change));
    if (request != null) {
      idempotency.record(request.key(), request.fingerprint(), entry);
    }
    em.flush();
    audit.recordAs(
        actor,
        entry.reversesId().isPresent() ? "journal-entry.reversal" : "journal-entry.post",
        "JournalEntry",
        entry.id().toString(),
        "sequence="
            + entry.sequenceNumber()
            + entry.reversesId().map(r -> " reverses=" + r).orElse(""));
    return new EntryResult.Posted(EntryView.of(entry, null), false);
  }

  private EntryResult replay(IdempotencyRecord first, IdempotentRequest request) {
    if (!first.sameRequestAs(request.fingerprint())) {
      return new EntryResult.IdempotencyKeyReused();
    }
    JournalEntry entry = queries.entry(first.journalEntryId()).orElseThrow();
    Long reversedBy = queries.reversalOf(entry.id()).map(JournalEntry::id).orElse(null);
    return new EntryResult.Posted(EntryView.of(entry, reversedBy), true);
  }
}
