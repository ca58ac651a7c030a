package org.reliefledger.cases.vault.boundary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import org.reliefledger.cases.vault.control.SealedCases;
import org.reliefledger.disbursement.boundary.SettledInstructions;

/** The vault's side of {@link SettledInstructions}: deleted with the payment or cancellation. */
@Dependent
public class DiscardedInstructions implements SettledInstructions {

  @EJB SealedCases sealed;

  @Override
  public void discard(long requestId) {
    sealed.discardInstructions(requestId);
  }
}
