package org.reliefledger.identity.boundary;

/** What an administrator's change to a user's account came to; mapped to HTTP in {@code web}. */
public sealed interface AccountChange {

  /** In force; the user's sessions ended if what they may do changed. */
  record Done(UserView user) implements AccountChange {}

  /** Partly in force; {@code grant} waits for a second person. */
  record Proposed(UserView user, GrantView grant) implements AccountChange {}

  /** Shown once to the administrator, never stored: it works only to choose a new password. */
  record PasswordReset(UserView user, String oneTimePassword) implements AccountChange {}

  record NoSuchUser() implements AccountChange {}

  /**
   * Administrators do not disable themselves, reset their own password or take away their own
   * ADMIN: the fund would risk having no administrator, and their own account page is for them.
   */
  record NotOnYourself() implements AccountChange {}

  /** The roles asked for may not be held by one account (see {@code Role#combinable}). */
  record RolesKeptApart() implements AccountChange {}
}
