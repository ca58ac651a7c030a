package org.reliefledger.identity.entity;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * When a user's password may be checked. Every check first claims its turn in the database (counted
 * as a failure in advance, cleared again by a success), so many guesses sent at once are checked no
 * faster than guesses sent one by one: free for the first few mistakes, then one check per pause,
 * the pause doubling from one second up to a short ceiling.
 *
 * <p>The ceiling is short on purpose: it is a pause on guesses, not an account lock. A stranger who
 * stops guessing keeps a user out for at most {@link #CEILING}; one who keeps guessing gets one
 * guess per {@link #CEILING} (under 3,000 a day against passwords of at least 12 characters) and
 * leaves a {@code LOGIN_PAUSED} trail in the audit log.
 */
public final class LoginThrottle {

  static final int FREE_ATTEMPTS = 5;
  public static final Duration CEILING = Duration.ofSeconds(30);

  /** The claim a check writes before it runs: the failures counted and the next allowed time. */
  public record Turn(int failures, OffsetDateTime pausedUntil) {}

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

  /**
   * The turn a password check may claim now, given what the database holds; empty while paused. The
   * claim assumes the check fails (so a parallel guess already waits for its pause).
   */
  public static Optional<Turn> nextTurn(
      int consecutiveFailures, OffsetDateTime pausedUntil, OffsetDateTime now) {
    if (pausedUntil != null && now.isBefore(pausedUntil)) {
      return Optional.empty();
    }
    // Saturates long before overflow: past the ceiling the count no longer matters.
    int failures = Math.min(consecutiveFailures, 1_000_000) + 1;
    Duration pause = pauseAfter(failures);
    return Optional.of(new Turn(failures, pause.isZero() ? null : now.plus(pause)));
  }
}
