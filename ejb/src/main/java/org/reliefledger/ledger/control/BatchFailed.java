package org.reliefledger.ledger.control;

import jakarta.ejb.ApplicationException;

/**
 * A batch of entries failed before its transaction committed (which is rolled back): nothing of it
 * was written, so each entry can safely be tried again on its own.
 */
@ApplicationException(rollback = true)
public class BatchFailed extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public BatchFailed(RuntimeException cause) {
    super(cause);
  }

  @Override
  public synchronized RuntimeException getCause() {
    return (RuntimeException) super.getCause();
  }
}
