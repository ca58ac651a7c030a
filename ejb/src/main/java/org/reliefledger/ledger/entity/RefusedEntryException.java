package org.reliefledger.ledger.entity;

/**
 * Thrown when code tries to seal postings that break a journal-entry invariant. Services check
 * {@link JournalEntry.Builder#problem()} first and turn a problem into a result; reaching this
 * exception is a programming error.
 */
public class RefusedEntryException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final EntryProblem problem;

  public RefusedEntryException(EntryProblem problem) {
    super(problem.message());
    this.problem = problem;
  }

  public EntryProblem problem() {
    return problem;
  }
}
