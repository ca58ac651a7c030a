package org.reliefledger.cases.vault.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PiiAccessTest {

  private final PiiAccess access = new PiiAccess("ines", Set.of("omar"));

  @Test
  void theCreatorAndAssignedIntakeMayReadAndShred() {
    assertThat(access.mayRead("ines", Set.of("INTAKE"))).isTrue();
    assertThat(access.mayRead("omar", Set.of("INTAKE", "COMMITTEE"))).isTrue();
    assertThat(access.mayShred("omar", Set.of("INTAKE"))).isTrue();
  }

  @Test
  void otherIntakeUsersMayNot() {
    assertThat(access.mayRead("zoe", Set.of("INTAKE"))).isFalse();
    assertThat(access.mayShred("zoe", Set.of("INTAKE"))).isFalse();
  }

  @Test
  void theCreatorWithoutTheIntakeRoleAnyMoreMayNotRead() {
    assertThat(access.mayRead("ines", Set.of("COMMITTEE"))).isFalse();
  }

  @Test
  void otherRolesNeverRead() {
    for (String role : Set.of("COMMITTEE", "TREASURER", "AUDITOR", "ADMIN")) {
      assertThat(access.mayRead("zoe", Set.of(role))).as(role).isFalse();
    }
  }

  @Test
  void anAdminMayShredButNotRead() {
    assertThat(access.mayShred("root", Set.of("ADMIN"))).isTrue();
    assertThat(access.mayRead("root", Set.of("ADMIN"))).isFalse();
  }
}
