package org.reliefledger.identity.boundary;

/** What creating a user came to. */
public sealed interface UserCreation {

  record Created(UserView user) implements UserCreation {}

  /** Created with the other roles; {@code grant} (ADMIN) waits for a second person. */
  record CreatedPendingGrant(UserView user, GrantView grant) implements UserCreation {}

  record UsernameTaken(String username) implements UserCreation {}

  /** The roles asked for may not be held by one account (see {@code Role#combinable}). */
  record RolesKeptApart() implements UserCreation {}
}
