package org.reliefledger.disbursement.boundary;

/**
 * The seam through which a paid or cancelled request's payment instructions leave the vault: once
 * the request is settled nobody needs to know whom to pay. While no bean implements it, none were
 * kept.
 */
public interface SettledInstructions {

  /**
   * Deletes request {@code requestId}'s payment instructions, if any, in the caller's transaction.
   */
  void discard(long requestId);
}
