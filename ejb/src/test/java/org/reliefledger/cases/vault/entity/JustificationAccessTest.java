package org.reliefledger.cases.vault.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class JustificationAccessTest {

  private final JustificationAccess access = new JustificationAccess("ines", Set.of("paul"));

  @Test
  void committeeMembersWhoMayVoteRead() {
    assertThat(access.mayRead("ana", Set.of("COMMITTEE"))).isTrue();
  }

  @Test
  void theRequesterAndRecusedMembersDoNot() {
    assertThat(access.mayRead("ines", Set.of("COMMITTEE", "INTAKE"))).isFalse();
    assertThat(access.mayRead("paul", Set.of("COMMITTEE"))).isFalse();
  }

  @Test
  void otherRolesDoNot() {
    for (String role : Set.of("INTAKE", "TREASURER", "AUDITOR", "ADMIN")) {
      assertThat(access.mayRead("ana", Set.of(role))).as(role).isFalse();
    }
  }
}
