package org.reliefledger.ledger.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reliefledger.ledger.entity.ChainHead;
import org.reliefledger.ledger.entity.Fund;
import org.reliefledger.ledger.entity.FundBalance;

/**
 * Row locks that serialize writers in the database (so they hold across application instances). The
 * order is fixed to rule out deadlocks: first the cash rows of the funds in ascending fund id, then
 * the chain head. Code that locks funds for other reasons must use {@link #lockFunds} too, and must
 * never take a fund lock while holding the chain head.
 */
@Dependent
public class LedgerLocks {

  /** Re-read locked rows from the database, never from a cache another instance cannot see. */
  static final Map<String, Object> FRESH =
      Map.of(
          "jakarta.persistence.cache.retrieveMode", "BYPASS",
          "eclipselink.refresh", "true");

  @PersistenceContext EntityManager em;

  /** Locks the cash rows of {@code funds} in ascending id order; returns them by fund code. */
  public Map<String, FundBalance> lockFunds(Collection<Fund> funds) {
    var locked = new LinkedHashMap<String, FundBalance>();
    funds.stream()
        .sorted(Comparator.comparing(Fund::id))
        .forEach(
            fund ->
                locked.put(
                    fund.code(),
                    em.find(FundBalance.class, fund.id(), LockModeType.PESSIMISTIC_WRITE, FRESH)));
    return locked;
  }

  /** Locks the end of the hash chain; take it after every fund lock. */
  public ChainHead lockChainHead() {
    return em.find(ChainHead.class, ChainHead.ID, LockModeType.PESSIMISTIC_WRITE, FRESH);
  }
}
