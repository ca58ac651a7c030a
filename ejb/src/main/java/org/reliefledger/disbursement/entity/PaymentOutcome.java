package org.reliefledger.disbursement.entity;

import org.reliefledger.ledger.entity.Money;

/** What became of an attempt to pay a request. */
public sealed interface PaymentOutcome {

  /** Paid by journal entry {@code journalEntryId}; the hold of {@code amount} is released. */
  record Paid(long journalEntryId, Money amount) implements PaymentOutcome {}

  /** Already paid by journal entry {@code journalEntryId}; nothing new was booked. */
  record AlreadyPaid(long journalEntryId) implements PaymentOutcome {}

  /** Only approved requests are paid. */
  record NotApproved(RequestStatus status) implements PaymentOutcome {}

  /** The ledger refused the entry, e.g. because the fund cannot cover it; nothing was booked. */
  record Refused(String message) implements PaymentOutcome {}
}
