package org.reliefledger.identity.boundary;

import java.time.OffsetDateTime;
import java.util.Set;
import org.reliefledger.identity.entity.Role;
import org.reliefledger.identity.entity.UserAccount;

/** A user as others may see it: never the password hash. */
public record UserView(
    String username,
    Set<Role> roles,
    OffsetDateTime createdAt,
    boolean enabled,
    boolean passwordChangeRequired) {

  static UserView of(UserAccount user) {
    return new UserView(
        user.username(),
        user.roles(),
        user.createdAt(),
        user.isEnabled(),
        user.isPasswordChangeRequired());
  }
}
