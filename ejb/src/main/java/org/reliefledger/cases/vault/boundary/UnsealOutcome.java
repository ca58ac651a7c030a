package org.reliefledger.cases.vault.boundary;

/** What entering a key share did. */
public sealed interface UnsealOutcome {

  /** The server runs in key-file mode: there is nothing to unseal. */
  record NotCommitteeMode() implements UnsealOutcome {}

  /** No split was made yet: an admin splits the root key first. */
  record NotSplit() implements UnsealOutcome {}

  /** The text is not a key share at all (nothing was kept). */
  record NotAShare() implements UnsealOutcome {}

  /** Taken; {@code entered} of the {@code needed} shares are in. */
  record Accepted(int entered, int needed) implements UnsealOutcome {}

  /** The k shares entered do not open the vault; which one is wrong is not said. All forgotten. */
  record Refused() implements UnsealOutcome {}

  /** The vault is open (and any lockdown lifted). */
  record Unsealed(boolean wasLockedDown) implements UnsealOutcome {}
}
