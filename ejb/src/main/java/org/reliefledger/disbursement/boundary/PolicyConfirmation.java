package org.reliefledger.disbursement.boundary;

/** What confirming a proposed voting-policy change came to. */
public sealed interface PolicyConfirmation {

  /** The change is in force as the policy's next version. */
  record Confirmed(PolicyView policy) implements PolicyConfirmation {}

  record NoSuchProposal() implements PolicyConfirmation {}

  /** Its proposer may not confirm it: a change needs a second person. */
  record OwnProposal() implements PolicyConfirmation {}

  /** Someone confirmed it already; it became {@code version}. */
  record AlreadyConfirmed(int version) implements PolicyConfirmation {}

  /** The committee has fewer members than the terms need approvals (it shrank meanwhile). */
  record Unmeetable(int approvalsNeeded, int committeeMembers) implements PolicyConfirmation {}
}
