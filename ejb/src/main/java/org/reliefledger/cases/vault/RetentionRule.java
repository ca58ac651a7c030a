package org.reliefledger.cases.vault;

import java.time.Duration;
import java.time.Instant;

/**
 * When a case's personal data must go: a fixed number of days after its last payment or its
 * closing, whichever came last. A case still in use (no payment or closing yet) is kept.
 *
 * @param days the retention period, {@code relief.pii.retention.days} (90 unless configured)
 */
public record RetentionRule(int days) {

  public static final int DEFAULT_DAYS = 90;

  public RetentionRule {
    if (days < 1) {
      throw new IllegalArgumentException("the PII retention period is at least one day");
    }
  }

  /** The moment before which a case's last payment or closing makes it due for shredding. */
  public Instant cutoff(Instant now) {
    return now.minus(Duration.ofDays(days));
  }

  public boolean isDue(Instant lastPaymentOrClosing, Instant now) {
    return lastPaymentOrClosing.isBefore(cutoff(now));
  }
}
