package org.reliefledger.cases.vault.boundary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import org.reliefledger.cases.vault.control.SealedCases;
import org.reliefledger.disbursement.boundary.JustificationSeal;

/**
 * The vault's side of {@link JustificationSeal}: a new request's justification is sealed under its
 * case's data key in the transaction that opens the request, so a request never exists with its
 * justification in clear or lost.
 */
@Dependent
public class SealedJustifications implements JustificationSeal {

  @EJB SealedCases sealed;

  @Override
  public void seal(long caseId, long requestId, String justification) {
    sealed.sealJustification(caseId, requestId, justification);
  }
}
