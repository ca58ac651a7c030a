package org.reliefledger.cases.vault.boundary;

/** What {@link Vault#confirmIntake} did; mapped to HTTP in one place in {@code web}. */
public sealed interface IntakeConfirmation {

  /** The user may now read and shred the case's details. */
  record Confirmed() implements IntakeConfirmation {}

  /** No such case, or nobody proposed that user for it. */
  record NoSuchAssignment() implements IntakeConfirmation {}

  record AlreadyConfirmed() implements IntakeConfirmation {}

  /** The confirmer proposed it (or is the assigned user): it needs a second admin. */
  record NotASecondPerson() implements IntakeConfirmation {}
}
