package org.reliefledger.cases.vault.boundary;

/** What {@link Vault#assignIntake} did; mapped to HTTP in one place in {@code web}. */
public sealed interface IntakeAssignment {

  /** The user may already read and shred the case's details (confirmed earlier). */
  record Assigned() implements IntakeAssignment {}

  /** Proposed (by {@code proposedBy}, now or earlier): a second admin confirms it. */
  record Proposed(String proposedBy) implements IntakeAssignment {}

  record NoSuchCase() implements IntakeAssignment {}

  /** No user of that name holds the INTAKE role: details go to intake users only. */
  record NotAnIntakeUser() implements IntakeAssignment {}
}
