package org.reliefledger.ledger.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.reliefledger.audit.boundary.Audit;
import org.reliefledger.ledger.entity.EntryResult;
import org.reliefledger.ledger.entity.EntryView;
import org.reliefledger.ledger.entity.Fund;
import org.reliefledger.ledger.entity.FundBalance;
import org.reliefledger.ledger.entity.IdempotencyRecord;
import org.reliefledger.ledger.entity.IdempotentRequest;
import org.reliefledger.ledger.entity.JournalEntry;
import org.reliefledger.ledger.entity.Money;

/**
 * Appends drafted entries to the hash chain under the ledger's locks: the checks that need them
 * (idempotency key, reversal at most once, no overdraft and no spending of money in pending holds),
 * sealing, and writing. One lock of the books can serve several entries in a row ({@link
 * LockedBooks}): each is checked against the entries appended before it in the same transaction and
 * chained to the last of them. Writes are left to the end of the transaction (or the caller's
 * flush), so that a batch goes to the database in a few JDBC batches rather than entry by entry.
 */
@Dependent
public class ChainAppender {

  @PersistenceContext EntityManager em;

  @Inject LedgerLocks locks;
  @Inject IdempotencyRecords idempotency;
  @Inject LedgerQueries queries;
  @Inject Audit audit;
  @Inject HoldRows holds;

  /**
   * Locks the cash rows of {@code funds}, then the chain head, until the transaction ends, and
   * reads, when an entry first takes money out, what the funds hold in pending holds.
   */
  public LockedBooks lock(Collection<Fund> funds) {
    Map<String, FundBalance> cash = locks.lockFunds(funds);
    var fundIds = funds.stream().map(Fund::id).toList();
    return new LockedBooks(cash, () -> holds.pendingIn(fundIds), locks.lockChainHead());
  }

  /**
   * Appends {@code draft}, whose funds {@code books} must hold, on behalf of {@code actor}; writes
   * nothing when it refuses.
   */
  public EntryResult append(
      JournalEntry.Builder draft, IdempotentRequest request, LockedBooks books, String actor) {
    if (request != null) {
      Optional<EntryResult> replayed = replay(request, books);
      if (replayed.isPresent()) {
        return replayed.get();
      }
    }
    if (draft.reverses().isPresent()) {
      long original = draft.reverses().get();
      Optional<JournalEntry> earlier = reversalOf(original, books);
      if (earlier.isPresent()) {
        return new EntryResult.AlreadyReversed(original, earlier.get().id());
      }
    }
    JournalEntry entry = draft.seal(books.head().link());
    Map<String, Money> changes = entry.assetChangeByFund();
    for (var change : changes.entrySet()) {
      FundBalance fund = books.cash(change.getKey());
      Money held = change.getValue().isNegative() ? books.held(change.getKey()) : Money.ofMinor(0);
      if (!fund.canAbsorb(change.getValue(), held)) {
        return new EntryResult.InsufficientFunds(
            change.getKey(), fund.cash().minus(held), change.getValue());
      }
    }
    em.persist(entry);
    books.head().advanceTo(entry);
    changes.forEach((fund, change) -> books.cash(fund).apply(change));
    books.appended(
        entry,
        request == null ? null : idempotency.record(request.key(), request.fingerprint(), entry));
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

  /** Writes what was appended so far, so that a failure to write shows here. */
  public void flush() {
    em.flush();
  }

  /** The first result under the request's key, if the key was used before. */
  private Optional<EntryResult> replay(IdempotentRequest request, LockedBooks books) {
    Optional<LockedBooks.Keyed> inThisTransaction = books.keyed(request.key());
    Optional<IdempotencyRecord> first =
        inThisTransaction.map(LockedBooks.Keyed::record).or(() -> idempotency.find(request.key()));
    if (first.isEmpty()) {
      return Optional.empty();
    }
    if (!first.get().sameRequestAs(request.fingerprint())) {
      return Optional.of(new EntryResult.IdempotencyKeyReused());
    }
    JournalEntry entry =
        inThisTransaction
            .map(LockedBooks.Keyed::entry)
            .orElseGet(() -> queries.entry(first.get().journalEntryId()).orElseThrow());
    Long reversedBy = reversalOf(entry.id(), books).map(JournalEntry::id).orElse(null);
    return Optional.of(new EntryResult.Posted(EntryView.of(entry, reversedBy), true));
  }

  private Optional<JournalEntry> reversalOf(long original, LockedBooks books) {
    return books.reversalOf(original).or(() -> queries.reversalOf(original));
  }
}
