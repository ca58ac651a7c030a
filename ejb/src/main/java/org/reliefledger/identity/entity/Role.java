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
  /**
   * Whether granting this role to someone takes a second person: an administrator manages every
   * account and an intake user reads households' details, so one person alone gives neither.
   */
  public boolean grantedByTwo() {
    return this == ADMIN || this == INTAKE;
  }

  public static boolean combinable(Set<Role> roles) {
    return !(roles.contains(ADMIN) && roles.contains(INTAKE));
  }
}
