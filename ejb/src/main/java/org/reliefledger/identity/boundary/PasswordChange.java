package org.reliefledger.identity.boundary;

import java.time.OffsetDateTime;

/** What changing one's own password came to. */
public sealed interface PasswordChange {

  /** Changed; every session of the user ended, and {@code generation} is the one to carry on. */
  record Changed(long generation) implements PasswordChange {}

  /** The current password was wrong (counted like a failed login). */
  record WrongPassword() implements PasswordChange {}

  /** Too many recent failures: the current password is not checked before {@code until}. */
  record Paused(OffsetDateTime until) implements PasswordChange {}

  /** The new password is the current one: after a reset, the one-time password is not kept. */
  record Unchanged() implements PasswordChange {}
}
