package org.reliefledger.web.api;

import jakarta.ws.rs.core.SecurityContext;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.reliefledger.cases.vault.boundary.Caller;
import org.reliefledger.identity.entity.Role;

/** The signed-in user of a request, as the vault wants to know them. */
final class VaultCaller {

  private VaultCaller() {}

  static Caller of(SecurityContext security) {
    return new Caller(
        security.getUserPrincipal().getName(),
        Arrays.stream(Role.values())
            .map(Role::name)
            .filter(security::isUserInRole)
            .collect(Collectors.toSet()));
  }
}
