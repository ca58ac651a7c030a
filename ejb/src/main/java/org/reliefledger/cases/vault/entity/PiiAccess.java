package org.reliefledger.cases.vault.entity;

import java.util.Objects;
import java.util.Set;

/**
 * Who may touch a case's personal data. Reading it is for intake users assigned to the case (its
 * creator, or assigned by an admin) and for nobody else, admins included; shredding it is also open
 * to admins. Everyone else sees the case code and coarse attributes only.
 *
 * @param creator the intake user who opened the case
 * @param assigned intake users an admin assigned to the case
 */
public record PiiAccess(String creator, Set<String> assigned) {

  public static final String INTAKE = "INTAKE";
  public static final String ADMIN = "ADMIN";

  public PiiAccess {
    Objects.requireNonNull(creator, "creator");
    assigned = Set.copyOf(assigned);
  }

  /**
   * @param username the authenticated user
   * @param roles the user's roles
   */
  public boolean mayRead(String username, Set<String> roles) {
    return roles.contains(INTAKE) && isAssigned(username);
  }

  public boolean mayShred(String username, Set<String> roles) {
    return roles.contains(ADMIN) || mayRead(username, roles);
  }

  private boolean isAssigned(String username) {
    return creator.equals(username) || assigned.contains(username);
  }
}
