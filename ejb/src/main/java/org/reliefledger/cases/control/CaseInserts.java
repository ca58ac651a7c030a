package org.reliefledger.cases.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.reliefledger.audit.boundary.Audit;
import org.reliefledger.cases.entity.Case;

/**
 * Stores a new case in a transaction of its own, so that losing a race for a code to another
 * opening (the unique constraint on {@code cases.code}) rolls back only this attempt and the caller
 * can try again with a fresh code.
 */
@Stateless
public class CaseInserts {

  @PersistenceContext EntityManager em;

  @Inject Audit audit;

  /**
   * @throws jakarta.ejb.EJBException (wrapping the constraint violation) when the code is taken
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long insert(Case opened) {
    em.persist(opened);
    em.flush();
    audit.record("CASE_OPENED", "case", opened.code().value(), null);
    return opened.id();
  }
}
