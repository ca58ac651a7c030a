package org.reliefledger.disbursement.entity;

import org.reliefledger.ledger.entity.Money;

/** What became of an attempt to pay a request. Only {@link Paid} booked anything. */
public sealed interface PaymentOutcome {

  /** Paid by journal entry {@code journalEntryId}; the hold of {@code amount} is released. */
  record Paid(long journalEntryId, Money amount) implements PaymentOutcome {}

  /** Already paid by journal entry {@code journalEntryId}; nothing new was booked. */
  record AlreadyPaid(long journalEntryId) implements PaymentOutcome {}

  /** Only approved requests are paid. */
  record NotApproved(RequestStatus status) implements PaymentOutcome {}

  /** The fund's cash, less what other approved requests hold, does not cover the payment. */
  record FundCannotCover(Money available, Money needed) implements PaymentOutcome {

    public String message() {
      return "the fund has "
          + available.toDecimalString()
          + " available for this payment of "
          + needed.toDecimalString();
    }
  }

  /** The payment order itself is wrong, e.g. it names an account that cannot pay. */
  record InvalidOrder(String field, String message) implements PaymentOutcome {}

  /** The idempotency key was first used with a different request. */
  record IdempotencyKeyReused() implements PaymentOutcome {}
}
