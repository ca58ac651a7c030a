package org.reliefledger.disbursement.boundary;

/**
 * The seam through which a request's free-text justification reaches the vault, sealed under its
 * case's key; this component never stores it. The vault implements it as a CDI bean (e.g. over its
 * {@code SealedCases.sealJustification}); while no bean implements it, the justification is checked
 * and then kept nowhere.
 */
public interface JustificationSeal {

  /**
   * Seals {@code justification} for request {@code requestId} of case {@code caseId}, in the
   * caller's transaction.
   */
  void seal(long caseId, long requestId, String justification);
}
