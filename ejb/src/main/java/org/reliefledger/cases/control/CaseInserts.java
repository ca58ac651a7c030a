package org.reliefledger.cases.control;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.reliefledger.audit.boundary.Audit;
import org.reliefledger.cases.entity.Case;
import org.reliefledger.cases.vault.PiiRecord;
import org.reliefledger.cases.vault.control.SealedCases;
import org.reliefledger.platform.control.UniqueViolation;

/**
 * Stores a new case and seals its personal details in one transaction of its own: the case exists
 * with its details sealed, or not at all. A failure to seal (a vault without a usable master key, a
 * value that cannot be sealed) rolls the case back with it. Losing a race for a code to another
 * opening (the unique constraint on {@code cases.code}) rolls back only this attempt, so the caller
 * can try again with a fresh code.
 */
@Stateless
public class CaseInserts {

  @PersistenceContext EntityManager em;

  @EJB SealedCases sealed;

  @Inject Audit audit;

  /**
   * @throws CaseCodeTaken when another case holds the code (nothing is stored)
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long insert(Case opened, PiiRecord details) throws CaseCodeTaken {
    em.persist(opened);
    try {
      em.flush();
    } catch (PersistenceException refused) {
      if (UniqueViolation.causedBy(refused)) {
        throw new CaseCodeTaken(refused);
      }
      throw refused;
    }
    String code = opened.code().value();
    audit.record("CASE_OPENED", "case", code, null);
    // The case's creator is the first intake user allowed to seal its details: no access check.
    if (!details.isEmpty()) {
      sealed.sealPii(opened.id(), details);
      audit.record("PII_SEALED", "case", code, null);
    }
    return opened.id();
  }
}
