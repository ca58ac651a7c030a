package org.reliefledger.cases.vault.boundary;

/** What {@link Vault#assignIntake} did; mapped to HTTP in one place in {@code web}. */
public sealed interface IntakeAssignment {

  /** The user may now read and shred the case's details (or already could). */
  record Assigned() implements IntakeAssignment {}

  record NoSuchCase() implements IntakeAssignment {}

  /** No user of that name holds the INTAKE role: details go to intake users only. */
  record NotAnIntakeUser() implements IntakeAssignment {}
}
