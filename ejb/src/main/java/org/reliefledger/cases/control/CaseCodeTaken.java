package org.reliefledger.cases.control;

import jakarta.ejb.ApplicationException;

/**
 * Another opening stored the same case code first (the unique constraint on {@code cases.code}):
 * this attempt is rolled back and may be tried again with a fresh code. Any other failure is not
 * this exception, so it is never retried.
 */
@ApplicationException(rollback = true)
public class CaseCodeTaken extends Exception {

  private static final long serialVersionUID = 1L;

  public CaseCodeTaken(Throwable cause) {
    super("case code already taken", cause);
  }
}
