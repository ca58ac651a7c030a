package org.reliefledger.cases.vault.boundary;

import org.reliefledger.disbursement.entity.PaymentInstructions;
import org.reliefledger.disbursement.entity.RequestStatus;

/** What {@link Vault#paymentInstructions} found; mapped to HTTP in one place in {@code web}. */
public sealed interface InstructionsReading {

  /** The instructions in clear, for the treasurer; the read was audited. */
  record Revealed(PaymentInstructions instructions) implements InstructionsReading {
    @Override
    public String toString() {
      return "Revealed[redacted]";
    }
  }

  record NoSuchRequest() implements InstructionsReading {}

  /** Only the treasurer reads payment instructions. */
  record Forbidden() implements InstructionsReading {}

  /** The request is not approved (yet, or ever): there is nothing to pay. */
  record NotApproved(RequestStatus status) implements InstructionsReading {}

  /** Intake gave none for this approved request. */
  record NoneGiven() implements InstructionsReading {}

  /** Paid or cancelled (the instructions were deleted), or the case was shredded. */
  record Gone() implements InstructionsReading {}
}
