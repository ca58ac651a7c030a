package org.reliefledger.disbursement.entity;

import org.reliefledger.ledger.entity.Money;

/** What became of an attempt to cancel an approved request. */
public sealed interface CancelOutcome {

  /** Cancelled; the hold of {@code released} is back in the fund's available amount. */
  record Cancelled(Money released) implements CancelOutcome {}

  /** Only an approved, unpaid request can be cancelled. */
  record NotCancellable(RequestStatus status) implements CancelOutcome {}

  /** Cancelling an approval needs a reason for the record. */
  record ReasonRequired() implements CancelOutcome {}
}
