package org.reliefledger.ledger.entity;

/** Why a set of postings cannot become a journal entry. */
public enum EntryProblem {
  MISSING_DATE("an entry needs a date"),
  INVALID_MEMO(
      "the memo must be present and at most " + JournalEntry.MAX_MEMO_LENGTH + " characters"),
  INVALID_IDEMPOTENCY_KEY(
      "the idempotency key must be 1-"
          + JournalEntry.MAX_KEY_LENGTH
          + " printable ASCII characters"),
  TOO_FEW_POSTINGS("an entry needs at least two postings"),
  TOO_MANY_POSTINGS("an entry has at most " + JournalEntry.MAX_POSTINGS + " postings"),
  NON_POSITIVE_AMOUNT("every posting amount must be greater than zero"),
  MIXED_CURRENCIES("all postings of an entry must be in one currency"),
  AMOUNT_TOO_LARGE("the amounts of the entry are too large to add up"),
  UNBALANCED("total debits must equal total credits"),
  UNBALANCED_FUND("debits must equal credits within each fund"),
  RESTRICTED_FUND("a restricted fund may only pay the categories it allows");

  private final String message;

  EntryProblem(String message) {
    this.message = message;
  }

  /** A human sentence for the client; it names no account, fund or amount. */
  public String message() {
    return message;
  }
}
