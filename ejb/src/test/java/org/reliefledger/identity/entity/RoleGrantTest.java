package org.reliefledger.identity.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class RoleGrantTest {

  private static final Instant NOW = Instant.parse("2026-12-06T02:00:00Z");

  @Test
  void aSecondPersonGivesTheRole() {
    var ben = user("ben", Role.TREASURER);
    var grant = new RoleGrant(ben, Role.ADMIN, "ada", NOW);

    grant.confirm(ben, "cai", NOW);

    assertThat(ben.roles()).containsExactlyInAnyOrder(Role.TREASURER, Role.ADMIN);
    assertThat(grant.isConfirmed()).isTrue();
  }

  @Test
  void neitherItsProposerNorItsReceiverConfirmsIt() {
    var ben = user("ben", Role.COMMITTEE);
    var grant = new RoleGrant(ben, Role.ADMIN, "ada", NOW);

    assertThatIllegalStateException().isThrownBy(() -> grant.confirm(ben, "ada", NOW));
    assertThatIllegalStateException().isThrownBy(() -> grant.confirm(ben, "ben", NOW));
    assertThat(ben.roles()).containsExactly(Role.COMMITTEE);
    assertThat(grant.isConfirmed()).isFalse();
  }

  @Test
  void itIsConfirmedOnce() {
    var ben = user("ben", Role.COMMITTEE);
    var grant = new RoleGrant(ben, Role.INTAKE, "ada", NOW);
    grant.confirm(ben, "cai", NOW);

    assertThatIllegalStateException().isThrownBy(() -> grant.confirm(ben, "dan", NOW));
  }

  @Test
  void aRoleKeptApartFromOneHeldMeanwhileIsRefusedAndChangesNothing() {
    var ben = user("ben", Role.COMMITTEE);
    var grant = new RoleGrant(ben, Role.ADMIN, "ada", NOW);
    ben.holdExactly(EnumSet.of(Role.INTAKE));

    assertThatIllegalArgumentException().isThrownBy(() -> grant.confirm(ben, "cai", NOW));
    assertThat(ben.roles()).containsExactly(Role.INTAKE);
    assertThat(grant.isConfirmed()).isFalse();
  }

  @Test
  void rolesAnyoneGrantsAloneAreNeverProposed() {
    var ben = user("ben", Role.COMMITTEE);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new RoleGrant(ben, Role.TREASURER, "ada", NOW));
    assertThat(Role.ADMIN.grantedByTwo()).isTrue();
    assertThat(Role.INTAKE.grantedByTwo()).isTrue();
    assertThat(Role.AUDITOR.grantedByTwo()).isFalse();
  }

  private static UserAccount user(String name, Role role) {
    var user =
        new UserAccount(
            name,
            "hash",
            EnumSet.of(role),
            OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
    try {
      Field id = UserAccount.class.getDeclaredField("id");
      id.setAccessible(true);
      id.set(user, (long) name.hashCode());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return user;
  }
}
