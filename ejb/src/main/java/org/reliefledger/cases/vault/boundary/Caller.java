package org.reliefledger.cases.vault.boundary;

import java.util.Objects;
import java.util.Set;

/**
 * The signed-in user on whose behalf the vault is asked, as the web layer authenticated them.
 *
 * @param username the account name
 * @param roles role names such as {@code INTAKE} or {@code ADMIN}
 */
public record Caller(String username, Set<String> roles) {

  public Caller {
    Objects.requireNonNull(username, "username");
    roles = Set.copyOf(roles);
  }
}
