package org.reliefledger.identity.entity;

import java.util.Set;

/** What a user may do; one person may hold several roles, except those kept apart. */
public enum Role {
  ADMIN,
  TREASURER,
  COMMITTEE,
  INTAKE,
  AUDITOR;

  /**
   * Whether one account may hold all of {@code roles}. An administrator assigns intake users to
   * cases: one who also did intake could assign themselves to any case and read the household's
   * details, so no account holds both.
   */
  public static boolean combinable(Set<Role> roles) {
    return !(roles.contains(ADMIN) && roles.contains(INTAKE));
  }
}
