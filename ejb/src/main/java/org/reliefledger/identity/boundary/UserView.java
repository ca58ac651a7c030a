package org.reliefledger.identity.boundary;

import java.time.OffsetDateTime;
import java.util.Set;
import org.reliefledger.identity.entity.Role;
import org.reliefledger.identity.entity.UserAccount;

/**
 * A user as others may see it: never the password hash (nor any field whose name says "password",
 * so a scan of the listing for that word stays meaningful).
 */
public record UserView(
    String username,
    Set<Role> roles,
    OffsetDateTime createdAt,
    boolean enabled,
    boolean mustChangePassword) {

  static UserView of(UserAccount user) {
    return new UserView(
        user.username(),
        user.roles(),
        user.createdAt(),
        user.isEnabled(),
        user.isPasswordChangeRequired());
  }
}
