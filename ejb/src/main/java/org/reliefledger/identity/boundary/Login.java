package org.reliefledger.identity.boundary;

import java.time.OffsetDateTime;
import java.util.Set;
import org.reliefledger.identity.entity.Role;

/** What a login attempt came to. Deliberately does not say whether the user name exists. */
public sealed interface Login {

  /**
   * @param generation the user's session generation when the password was checked: a session begun
   *     now carries it
   * @param passwordChangeRequired the password was a one-time password from a reset
   */
  record Accepted(String username, Set<Role> roles, long generation, boolean passwordChangeRequired)
      implements Login {}

  /** A wrong password, an unknown name or a disabled account: the answer does not say which. */
  record Refused() implements Login {}

  /** Too many recent failures for this user: no password is checked before {@code until}. */
  record Paused(OffsetDateTime until) implements Login {}
}
