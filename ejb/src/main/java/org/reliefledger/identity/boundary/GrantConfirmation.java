package org.reliefledger.identity.boundary;

/** What confirming a proposed role came to. */
public sealed interface GrantConfirmation {

  /** The user holds the role now; their sessions ended so they sign in again with it. */
  record Confirmed(UserView user) implements GrantConfirmation {}

  record NoSuchGrant() implements GrantConfirmation {}

  /** The confirmer proposed it, or would receive it: it needs a second, other person. */
  record NotASecondPerson() implements GrantConfirmation {}

  record AlreadyConfirmed() implements GrantConfirmation {}

  /** A committee member may confirm only while the proposer is the only enabled administrator. */
  record NeedsAnotherAdmin() implements GrantConfirmation {}

  /** The user took a role meanwhile that the granted one must be kept apart from. */
  record RolesKeptApart() implements GrantConfirmation {}
}
