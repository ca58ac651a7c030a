package org.reliefledger.ledger.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.reliefledger.ledger.entity.EntryResult;
import org.reliefledger.ledger.entity.Fund;

/**
 * Seals a batch of entries in one transaction: drafts them all, locks the cash rows of every fund
 * they touch (ascending id, as {@link org.reliefledger.ledger.control.LedgerLocks} requires) and
 * the chain head once, then appends them one after the other in queue order, and writes them all at
 * the end (JDBC batches: one statement per table and round trip, not per entry). An entry that
 * fails its checks gets its refusal and writes nothing; the others go on.
 */
@Stateless
public class BatchSealer {

  @Inject EntryDrafts drafts;
  @Inject ChainAppender appender;

  /**
   * @return one result per order, in order
   * @throws BatchFailed when anything failed before the commit (nothing is written)
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<EntryResult> seal(List<EntryOrder> orders) {
    try {
      EntryDrafts.Drafter drafter = drafts.drafter();
      List<Drafted> drafted = orders.stream().map(o -> o.draft(drafter)).toList();
      var funds = new TreeSet<Fund>(Comparator.comparing(Fund::id));
      drafted.stream().filter(d -> !d.isRefused()).forEach(d -> funds.addAll(d.draft().funds()));
      LockedBooks books = funds.isEmpty() ? null : appender.lock(funds);
      var results = new ArrayList<EntryResult>(orders.size());
      for (int i = 0; i < orders.size(); i++) {
        Drafted entry = drafted.get(i);
        EntryOrder order = orders.get(i);
        results.add(
            entry.isRefused()
                ? entry.refusal()
                : appender.append(entry.draft(), order.request(), books, order.actor()));
      }
      appender.flush();
      return results;
    } catch (RuntimeException e) {
      throw new BatchFailed(e);
    }
  }
}
