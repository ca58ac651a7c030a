package org.reliefledger.ledger.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.reliefledger.ledger.entity.Fund;
import org.reliefledger.ledger.entity.HoldState;
import org.reliefledger.ledger.entity.LedgerHold;
import org.reliefledger.ledger.entity.Money;

/**
 * The ledger's holds in the database: what funds hold (the sum of their pending holds) and the row
 * lock under which a hold is resolved. Lock order: a hold's row before any fund's cash row (so
 * posting a hold can lock its row, then append its entry).
 */
@Dependent
public class HoldRows {

  @PersistenceContext EntityManager em;

  /** Stores a new pending hold and writes it now, so that its id is known and final. */
  public LedgerHold add(LedgerHold hold) {
    em.persist(hold);
    em.flush();
    return hold;
  }

  /** Locks hold {@code id} until the transaction ends, read fresh from the database. */
  public Optional<LedgerHold> lock(long id) {
    return Optional.ofNullable(
        em.find(LedgerHold.class, id, LockModeType.PESSIMISTIC_WRITE, LedgerLocks.FRESH));
  }

  /** The code of the fund {@code hold} holds money of. */
  public String fundCode(LedgerHold hold) {
    return em.find(Fund.class, hold.fundId()).code();
  }

  /** The sum of the pending holds of every fund that has some, by fund code. */
  public Map<String, Money> pendingByFund() {
    return pending("", Map.of());
  }

  /** The sum of the pending holds of the funds with ids {@code fundIds} that have some. */
  public Map<String, Money> pendingIn(Collection<Long> fundIds) {
    if (fundIds.isEmpty()) {
      return Map.of();
    }
    return pending(" AND f.id IN :funds", Map.of("funds", fundIds));
  }

  private Map<String, Money> pending(String where, Map<String, Object> parameters) {
    var query =
        em.createQuery(
                "SELECT f.code, SUM(h.amountMinor) FROM LedgerHold h, Fund f"
                    + " WHERE f.id = h.fundId AND h.state = :pending"
                    + where
                    + " GROUP BY f.code",
                Object[].class)
            .setParameter("pending", HoldState.PENDING);
    parameters.forEach(query::setParameter);
    var held = new HashMap<String, Money>();
    query
        .getResultList()
        .forEach(row -> held.put((String) row[0], Money.ofMinor(SqlValues.number(row[1]))));
    return held;
  }
}
