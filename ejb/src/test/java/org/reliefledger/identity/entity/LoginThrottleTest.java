package org.reliefledger.identity.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  @Test
  void aFewMistakesCostNothing() {
    for (int failures = 0; failures < LoginThrottle.FREE_ATTEMPTS; failures++) {
      assertThat(LoginThrottle.pauseAfter(failures)).isZero();
    }
  }

  @Test
  void thenThePauseDoublesUpToTheCeiling() {
    assertThat(LoginThrottle.pauseAfter(5)).isEqualTo(Duration.ofSeconds(1));
    assertThat(LoginThrottle.pauseAfter(6)).isEqualTo(Duration.ofSeconds(2));
    assertThat(LoginThrottle.pauseAfter(9)).isEqualTo(Duration.ofSeconds(16));
    assertThat(LoginThrottle.pauseAfter(40)).isEqualTo(LoginThrottle.CEILING);
    assertThat(LoginThrottle.pauseAfter(Integer.MAX_VALUE)).isEqualTo(LoginThrottle.CEILING);
  }

  @Test
  void aUserIsPausedAfterRepeatedFailuresAndFreedBySuccess() {
    var now = OffsetDateTime.of(2026, 11, 1, 12, 0, 0, 0, ZoneOffset.UTC);
    var user = new UserAccount("tess", "hash", Set.of(Role.TREASURER), now);
    for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
      assertThat(user.isPausedAt(now)).isFalse();
      user.recordFailedLogin(now);
    }
    assertThat(user.isPausedAt(now)).isTrue();
    assertThat(user.isPausedAt(now.plusSeconds(2))).isFalse();
    user.recordSuccessfulLogin();
    assertThat(user.hasFailedLogins()).isFalse();
    assertThat(user.isPausedAt(now)).isFalse();
  }

  @Test
  void toStringNeverShowsThePasswordHash() {
    var user =
        new UserAccount("tess", "PBKDF2-secret-hash", Set.of(Role.TREASURER), OffsetDateTime.now());
    assertThat(user.toString()).contains("tess").doesNotContain("PBKDF2-secret-hash");
  }
}
