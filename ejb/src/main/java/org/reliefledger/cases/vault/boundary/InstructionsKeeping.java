package org.reliefledger.cases.vault.boundary;

import org.reliefledger.disbursement.entity.RequestStatus;

/** What {@link Vault#keepPaymentInstructions} did; mapped to HTTP in one place in {@code web}. */
public sealed interface InstructionsKeeping {

  /** Sealed under the case's key, replacing earlier instructions; audited. */
  record Kept() implements InstructionsKeeping {}

  record NoSuchRequest() implements InstructionsKeeping {}

  /** The caller is not an intake user assigned to the request's case. */
  record Forbidden() implements InstructionsKeeping {}

  /** The request is no longer open or approved: nobody will pay it. */
  record Closed(RequestStatus status) implements InstructionsKeeping {}

  /** The case was shredded: nothing is sealed for it any more. */
  record Gone() implements InstructionsKeeping {}
}
