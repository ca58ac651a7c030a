package org.reliefledger.cases.vault.boundary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import org.reliefledger.cases.vault.control.SealedCases;
import org.reliefledger.disbursement.boundary.RequestNoteSeal;
import org.reliefledger.disbursement.entity.NoteKind;

/**
 * The vault's side of {@link RequestNoteSeal}: a request's notes are sealed under its case's data
 * key, like its justification, in the transaction that writes them.
 */
@Dependent
public class SealedRequestNotes implements RequestNoteSeal {

  @EJB SealedCases sealed;

  @Override
  public void seal(long caseId, long requestId, NoteKind kind, String author, String text) {
    sealed.sealNote(caseId, requestId, kind, author, text);
  }
}
