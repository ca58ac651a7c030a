package org.reliefledger.cases.vault.boundary;

/** What asking for a lockdown did. */
public sealed interface LockdownOutcome {

  record NotCommitteeMode() implements LockdownOutcome {}

  /** The confirmation phrase was not typed as asked. */
  record NotConfirmed() implements LockdownOutcome {}

  record LockedDown() implements LockdownOutcome {}
}
