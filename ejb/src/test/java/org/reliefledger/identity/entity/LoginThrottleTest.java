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
  void eachCheckClaimsItsTurnAsAFailureInAdvance() {
    var now = OffsetDateTime.of(2026, 11, 1, 12, 0, 0, 0, ZoneOffset.UTC);
    var first = LoginThrottle.nextTurn(0, null, now).orElseThrow();
    assertThat(first.failures()).isEqualTo(1);
    assertThat(first.pausedUntil()).as("the first mistakes are free").isNull();

    var fifth = LoginThrottle.nextTurn(4, null, now).orElseThrow();
    assertThat(fifth.pausedUntil())
        .as("the fifth check already pauses the next one, before it is even checked")
        .isEqualTo(now.plusSeconds(1));
  }

  @Test
  void noTurnWhilePausedAndOneTurnOnceThePauseIsOver() {
    var now = OffsetDateTime.of(2026, 11, 1, 12, 0, 0, 0, ZoneOffset.UTC);
    assertThat(LoginThrottle.nextTurn(5, now.plusSeconds(1), now)).isEmpty();
    var next = LoginThrottle.nextTurn(5, now.plusSeconds(1), now.plusSeconds(1)).orElseThrow();
    assertThat(next.failures()).isEqualTo(6);
    assertThat(next.pausedUntil()).isEqualTo(now.plusSeconds(3));
  }

  @Test
  void thePauseIsBoundedSoAStrangerCannotLockAUserOutForLong() {
    var now = OffsetDateTime.of(2026, 11, 1, 12, 0, 0, 0, ZoneOffset.UTC);
    var late = LoginThrottle.nextTurn(Integer.MAX_VALUE, null, now).orElseThrow();
    assertThat(late.pausedUntil()).isEqualTo(now.plus(LoginThrottle.CEILING));
    assertThat(LoginThrottle.CEILING).isLessThanOrEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void toStringNeverShowsThePasswordHash() {
    var user =
        new UserAccount("tess", "PBKDF2-secret-hash", Set.of(Role.TREASURER), OffsetDateTime.now());
    assertThat(user.toString()).contains("tess").doesNotContain("PBKDF2-secret-hash");
  }
}
