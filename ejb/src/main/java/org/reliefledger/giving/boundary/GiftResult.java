package org.reliefledger.giving.boundary;

import org.reliefledger.giving.entity.DonorDetails;
import org.reliefledger.ledger.entity.EntryResult;

/** What became of a request to record a donation or a grant. Only {@link Recorded} wrote. */
public sealed interface GiftResult {

  /**
   * The gift and its journal entry are recorded. {@code replayed}: recorded earlier under the same
   * idempotency key and the same request; nothing new was written. {@code donor}: what was kept of
   * a donation's donor ({@code NONE} for grants).
   */
  record Recorded(long id, long journalEntryId, boolean replayed, DonorDetails donor)
      implements GiftResult {

    /** A gift without a donor: a grant, or an anonymous donation. */
    public Recorded(long id, long journalEntryId, boolean replayed) {
      this(id, journalEntryId, replayed, DonorDetails.NONE);
    }
  }

  /** The deposit account is not an asset account (money is deposited on bank, cash, clearing). */
  record NotADepositAccount(String code) implements GiftResult {}

  /** The gift is missing something it needs; {@code message} says what. */
  record Invalid(String message) implements GiftResult {}

  /** The ledger refused the journal entry (unknown fund, bad amount, reused key ...). */
  record LedgerRefused(EntryResult refusal) implements GiftResult {}
}
