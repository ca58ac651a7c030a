package org.reliefledger.cases.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetentionRuleTest {

  private static final Instant NOW = Instant.parse("2026-11-22T03:00:00Z");
  private final RetentionRule ninetyDays = new RetentionRule(90);

  @Test
  void aCaseIsDueOnlyAfterTheWholePeriod() {
    assertThat(ninetyDays.isDue(Instant.parse("2026-08-24T02:59:59Z"), NOW)).isTrue();
    assertThat(ninetyDays.isDue(Instant.parse("2026-08-24T03:00:00Z"), NOW)).isFalse();
    assertThat(ninetyDays.isDue(Instant.parse("2026-11-01T00:00:00Z"), NOW)).isFalse();
  }

  @Test
  void theCutoffIsThePeriodBeforeNow() {
    assertThat(new RetentionRule(1).cutoff(NOW)).isEqualTo(Instant.parse("2026-11-21T03:00:00Z"));
  }

  @Test
  void refusesAPeriodShorterThanADay() {
    assertThatThrownBy(() -> new RetentionRule(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
