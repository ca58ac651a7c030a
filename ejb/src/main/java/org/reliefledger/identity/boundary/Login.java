package org.reliefledger.identity.boundary;

import java.time.OffsetDateTime;
import java.util.Set;
import org.reliefledger.identity.entity.Role;

/** What a login attempt came to. Deliberately does not say whether the user name exists. */
public sealed interface Login {

  record Accepted(String username, Set<Role> roles) implements Login {}

  record Refused() implements Login {}

  /** Too many recent failures for this user: no password is checked before {@code until}. */
  record Paused(OffsetDateTime until) implements Login {}
}
