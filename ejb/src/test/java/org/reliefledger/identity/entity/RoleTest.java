package org.reliefledger.identity.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleTest {

  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 12, 5, 12, 0, 0, 0, ZoneOffset.UTC);

  @Test
  void adminAndIntakeAreKeptApartWhateverElseIsHeld() {
    assertThat(Role.combinable(Set.of(Role.ADMIN, Role.INTAKE))).isFalse();
    assertThat(Role.combinable(EnumSet.allOf(Role.class))).isFalse();
  }

  @Test
  void everyOtherPairMayBeHeldTogether() {
    for (Role one : Role.values()) {
      for (Role other : Role.values()) {
        boolean keptApart = EnumSet.of(one, other).equals(EnumSet.of(Role.ADMIN, Role.INTAKE));
        assertThat(Role.combinable(EnumSet.of(one, other)))
            .as(one + " with " + other)
            .isEqualTo(!keptApart);
      }
    }
  }

  @Test
  void anAccountCannotBeBuiltWithRolesKeptApart() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> new UserAccount("mallory", "hash", EnumSet.of(Role.ADMIN, Role.INTAKE), NOW));
    assertThat(new UserAccount("ada", "hash", EnumSet.of(Role.ADMIN, Role.AUDITOR), NOW).roles())
        .containsExactlyInAnyOrder(Role.ADMIN, Role.AUDITOR);
  }
}
