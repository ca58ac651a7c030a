package org.reliefledger.disbursement.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;
import org.reliefledger.disbursement.entity.RequestStatus;
import org.reliefledger.ledger.boundary.FundHolds;
import org.reliefledger.ledger.boundary.Ledger;
import org.reliefledger.ledger.entity.Fund;
import org.reliefledger.ledger.entity.Money;

/**
 * The money approved, unpaid requests hold in their funds (which the ledger subtracts from a fund's
 * balance to show what is available), and a fund's available amount read under the fund's lock.
 *
 * <p>The lock is the ledger's own: the fund's cash row, which every posting that touches the fund
 * locks too. Holding it from reading the available amount until the transaction that places a hold
 * commits means that no other approval and no payment from the same fund can use the same money in
 * between.
 */
@ApplicationScoped
public class ApprovedHolds implements FundHolds {

  @PersistenceContext EntityManager em;

  @Inject Ledger ledger;

  /**
   * Locks the fund until the transaction ends ({@link Ledger#lockFundCash}, the lock every posting
   * from the fund takes first) and returns what it can still promise: its posted cash minus the
   * holds of its approved requests, plus {@code ownHold} (a request's own hold, which does not
   * compete with itself when it is paid).
   */
  public Money lockAndReadAvailable(long fundId, Money ownHold) {
    var fund = em.find(Fund.class, fundId);
    var cash = ledger.lockFundCash(fund.code()).orElseThrow();
    return cash.minus(heldIn(fundId)).plus(ownHold);
  }

  /** The sum of the holds of the fund's approved, unpaid requests. */
  private Money heldIn(long fundId) {
    // SUM's Java type differs by database (Long, BigDecimal): read it as a Number.
    var held =
        (Number)
            em.createQuery(
                    "SELECT COALESCE(SUM(r.heldMinor), 0) FROM DisbursementRequest r"
                        + " WHERE r.fundId = :fund AND r.status = :approved")
                .setParameter("fund", fundId)
                .setParameter("approved", RequestStatus.APPROVED)
                .getSingleResult();
    return Money.ofMinor(held.longValue());
  }

  @Override
  public Map<String, Money> heldByFund() {
    var held = new HashMap<String, Money>();
    em.createQuery(
            "SELECT f.code, SUM(r.heldMinor) FROM DisbursementRequest r, Fund f"
                + " WHERE f.id = r.fundId AND r.status = :approved GROUP BY f.code",
            Object[].class)
        .setParameter("approved", RequestStatus.APPROVED)
        .getResultList()
        .forEach(row -> held.put((String) row[0], Money.ofMinor(((Number) row[1]).longValue())));
    return held;
  }
}
