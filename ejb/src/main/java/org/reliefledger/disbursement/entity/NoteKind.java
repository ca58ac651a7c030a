package org.reliefledger.disbursement.entity;

import java.util.Locale;

/**
 * The free text a user may write about a request besides its justification. It can name the
 * household or the people around it ("cheque to <landlord>", "I know the family"), so it is never
 * stored with the request: it is sealed in the vault under the case's key (see {@code
 * RequestNoteSeal}).
 */
public enum NoteKind {
  /** A committee member's comment with their vote. */
  VOTE_COMMENT(Vote.MAX_COMMENT_LENGTH),
  /** Why a committee member stepped aside. */
  RECUSAL_REASON(Recusal.MAX_REASON_LENGTH),
  /** Why the treasurer cancelled an approved request. */
  CANCELLATION_REASON(Recusal.MAX_REASON_LENGTH),
  /** The bank or payment-app reference of the payment. */
  PAYMENT_REFERENCE(DisbursementRequest.MAX_REFERENCE_LENGTH);

  private final int maxLength;

  NoteKind(int maxLength) {
    this.maxLength = maxLength;
  }

  /**
   * The note as it is kept: stripped, or null when blank.
   *
   * @throws IllegalArgumentException when it is longer than this kind allows
   */
  public String normalize(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    if (text.length() > maxLength) {
      throw new IllegalArgumentException(
          "a "
              + name().toLowerCase(Locale.ROOT).replace('_', ' ')
              + " is at most "
              + maxLength
              + " characters");
    }
    return text.strip();
  }
}
