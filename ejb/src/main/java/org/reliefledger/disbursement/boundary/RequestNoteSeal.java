package org.reliefledger.disbursement.boundary;

import org.reliefledger.disbursement.entity.NoteKind;

/**
 * The seam through which vote comments, recusal reasons, cancellation reasons and payment
 * references reach the vault, sealed under the request's case key like its justification; this
 * component never stores them. While no bean implements it, they are checked and then kept nowhere.
 */
public interface RequestNoteSeal {

  /**
   * Keeps {@code text} as {@code author}'s note of {@code kind} on request {@code requestId} of
   * case {@code caseId}, replacing an earlier one, in the caller's transaction; a null {@code text}
   * removes it (a vote changed without a comment).
   */
  void seal(long caseId, long requestId, NoteKind kind, String author, String text);
}
