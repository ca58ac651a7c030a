package org.reliefledger.cases.vault.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.reliefledger.cases.vault.MasterKey;
import org.reliefledger.cases.vault.MasterKeyring;
import org.reliefledger.cases.vault.entity.CaseKey;
import org.reliefledger.cases.vault.entity.DonorKey;
import org.reliefledger.cases.vault.entity.RegisteredMasterKey;

/**
 * The database half of a master key rotation, in one transaction: register the new primary key,
 * re-wrap every data key (cases' and donors') under it and retire every other key. Rows are locked,
 * so two rotations (or a rotation and a shred) on different instances never interleave.
 */
@Stateless
public class MasterKeyRotation {

  @PersistenceContext EntityManager em;

  /**
   * @param rotating a keyring holding the old keys and, as its primary, the new one
   * @return how many data keys were re-wrapped
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int rewrapAll(MasterKeyring rotating) {
    MasterKey primary = rotating.primary();
    Instant now = Instant.now();
    List<RegisteredMasterKey> registered =
        em.createQuery("SELECT k FROM RegisteredMasterKey k", RegisteredMasterKey.class)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    if (registered.stream().noneMatch(key -> key.keyId().equals(primary.id()))) {
      em.persist(new RegisteredMasterKey(primary.id(), primary.checkValue(), now));
    }
    List<CaseKey> toRewrap =
        em.createQuery("SELECT k FROM CaseKey k WHERE k.masterKeyId <> :primary", CaseKey.class)
            .setParameter("primary", primary.id())
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    for (CaseKey caseKey : toRewrap) {
      caseKey.rewrap(rotating.rewrap(caseKey.wrapped(), caseKey.caseId()));
    }
    int donorKeys = rewrapDonorKeys(rotating);
    registered.stream()
        .filter(key -> !key.keyId().equals(primary.id()))
        .forEach(key -> key.retire(now));
    return toRewrap.size() + donorKeys;
  }

  /** Donors' data keys are wrapped by the master key like cases' and re-wrapped with them. */
  private int rewrapDonorKeys(MasterKeyring rotating) {
    List<DonorKey> toRewrap =
        em.createQuery("SELECT k FROM DonorKey k WHERE k.masterKeyId <> :primary", DonorKey.class)
            .setParameter("primary", rotating.primary().id())
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    for (DonorKey donorKey : toRewrap) {
      donorKey.rewrap(rotating.rewrap(donorKey.wrapped(), donorKey.owner()));
    }
    return toRewrap.size();
  }
}
