package org.reliefledger.cases.vault.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.reliefledger.cases.vault.RetentionRule;
import org.reliefledger.cases.vault.control.VaultKeys;

/**
 * Shreds, once a day, every case whose retention period is over: no open or approved request, and
 * its creation and every request's payment, decision or cancellation older than {@code
 * relief.pii.retention.days}, with one master key rotation for the day's batch. Every instance runs
 * it; that is safe because rotations are serialised by the database, shredding locks the case's
 * vault row, keeps the first shred time, and only the instance that shredded audits it.
 */
@Singleton
public class RetentionTimer {

  private static final Logger LOG = Logger.getLogger(RetentionTimer.class.getName());

  /**
   * Cases still holding a data key whose last activity is before the cutoff. A request's activity
   * ends when it is paid, cancelled or decided (rejected, expired); open and approved requests keep
   * their case alive.
   */
  private static final String DUE_CASES =
      """
      SELECT c.id, c.code FROM cases c
      JOIN case_pii p ON p.case_id = c.id
      WHERE p.shredded_at IS NULL
        AND c.created_at < ?1
        AND NOT EXISTS (
          SELECT 1 FROM disbursement_request r
          WHERE r.case_id = c.id
            AND (r.status IN ('OPEN', 'APPROVED')
              OR COALESCE(r.paid_at, r.cancelled_at, r.decided_at, r.opened_at) >= ?1))
      ORDER BY c.id
      """;

  @PersistenceContext EntityManager em;

  @EJB Vault vault;

  @EJB VaultKeys keys;

  @Inject
  @ConfigProperty(name = "relief.pii.retention.days", defaultValue = "90")
  int retentionDays;

  @Schedule(hour = "3", minute = "17", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void daily() {
    int shredded = shredDue(Instant.now());
    LOG.info("PII retention: " + shredded + " case(s) shredded today");
  }

  /**
   * Finishes a rotation a crash interrupted, then shreds every case due at {@code now}, all in one
   * transaction with one master key rotation.
   *
   * @return how many cases this call shredded
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int shredDue(Instant now) {
    keys.settle();
    OffsetDateTime cutoff = new RetentionRule(retentionDays).cutoff(now).atOffset(ZoneOffset.UTC);
    @SuppressWarnings("unchecked")
    List<Object[]> due = em.createNativeQuery(DUE_CASES).setParameter(1, cutoff).getResultList();
    if (due.isEmpty()) {
      return 0;
    }
    Map<Long, String> codeByCaseId = new LinkedHashMap<>();
    for (Object[] row : due) {
      codeByCaseId.put(((Number) row[0]).longValue(), (String) row[1]);
    }
    try {
      return vault.shredForRetention(codeByCaseId);
    } catch (RuntimeException e) {
      LOG.warning(
          "PII retention: shredding "
              + due.size()
              + " case(s) failed ("
              + e.getClass().getSimpleName()
              + "); the next run retries them");
      throw e;
    }
  }
}
