package org.reliefledger.disbursement.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;
import org.reliefledger.disbursement.entity.RequestStatus;
import org.reliefledger.ledger.entity.Money;

/**
 * The money approved requests hold in their funds, and the fund's available amount (posted cash
 * minus holds) read under the fund's lock.
 *
 * <p>The lock is the ledger's: the fund's {@code fund_balance} row, which every posting that spends
 * from the fund locks too. Holding it from the reading of the available amount until the
 * transaction that places a hold commits means that no other approval and no payment of the same
 * fund can use the same money in between.
 */
@ApplicationScoped
public class FundHolds {

  @PersistenceContext EntityManager em;

  /** Locks the fund (until the transaction ends) and returns what it can still promise. */
  public Money lockAndReadAvailable(long fundId) {
    var cash =
        ((Number)
                em.createNativeQuery(
                        "SELECT cash_minor FROM fund_balance WHERE fund_id = ?1 FOR UPDATE")
                    .setParameter(1, fundId)
                    .getSingleResult())
            .longValue();
    return Money.ofMinor(cash).minus(heldIn(fundId));
  }

  /** The sum of the holds of the fund's approved, unpaid requests. */
  public Money heldIn(long fundId) {
    Long held =
        em.createQuery(
                "SELECT COALESCE(SUM(r.heldMinor), 0) FROM DisbursementRequest r"
                    + " WHERE r.fundId = :fund AND r.status = :approved",
                Long.class)
            .setParameter("fund", fundId)
            .setParameter("approved", RequestStatus.APPROVED)
            .getSingleResult();
    return Money.ofMinor(held);
  }

  /** The holds of every fund that has any, by fund id. */
  public Map<Long, Money> heldByFund() {
    var held = new HashMap<Long, Money>();
    em.createQuery(
            "SELECT r.fundId, SUM(r.heldMinor) FROM DisbursementRequest r"
                + " WHERE r.status = :approved GROUP BY r.fundId",
            Object[].class)
        .setParameter("approved", RequestStatus.APPROVED)
        .getResultList()
        .forEach(row -> held.put((Long) row[0], Money.ofMinor(((Number) row[1]).longValue())));
    return held;
  }
}
