package org.reliefledger.identity.entity;

import java.time.Duration;

/**
 * How long a user's logins pause after consecutive failures: free for the first few mistakes, then
 * doubling from one second up to a ceiling, so guessing a password online is hopeless while a
 * person who mistyped waits seconds, not hours.
 */
public final class LoginThrottle {

  static final int FREE_ATTEMPTS = 5;
  static final Duration CEILING = Duration.ofMinutes(15);

  private LoginThrottle() {}

  /** The pause that follows the given number of consecutive failures. */
  public static Duration pauseAfter(int consecutiveFailures) {
    if (consecutiveFailures < FREE_ATTEMPTS) {
      return Duration.ZERO;
    }
    int doublings = Math.min(consecutiveFailures - FREE_ATTEMPTS, 20);
    Duration pause = Duration.ofSeconds(1L << doublings);
    return pause.compareTo(CEILING) > 0 ? CEILING : pause;
  }
}
