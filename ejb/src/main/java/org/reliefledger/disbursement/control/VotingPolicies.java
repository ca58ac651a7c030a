package org.reliefledger.disbursement.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.reliefledger.disbursement.entity.VotingPolicy;

/** The stored versions of the voting policy (V003 seeds version 1). */
@ApplicationScoped
public class VotingPolicies {

  @PersistenceContext EntityManager em;

  /** The version new requests are opened under. */
  public VotingPolicy current() {
    return em.createNamedQuery(VotingPolicy.NEWEST_FIRST, VotingPolicy.class)
        .setMaxResults(1)
        .getSingleResult();
  }

  /**
   * The current version, read after taking the policy's edit lock (the row of version 1, which
   * always exists) until the transaction ends: administrators editing at once make versions n+1 and
   * n+2, never two versions n+1.
   */
  public VotingPolicy currentForAmendment() {
    em.find(VotingPolicy.class, 1, LockModeType.PESSIMISTIC_WRITE);
    return current();
  }

  public VotingPolicy version(int version) {
    return em.find(VotingPolicy.class, version);
  }
}
