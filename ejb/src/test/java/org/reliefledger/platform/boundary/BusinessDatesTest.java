package org.reliefledger.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class BusinessDatesTest {

  private final BusinessDates range = BusinessDates.DEFAULT;

  @Test
  void theBoundsThemselvesAreAllowed() {
    assertThat(range.allows(LocalDate.of(1900, 1, 1))).isTrue();
    assertThat(range.allows(LocalDate.of(2200, 12, 31))).isTrue();
    assertThat(range.allows(LocalDate.of(2026, 11, 1))).isTrue();
  }

  @Test
  void yearZeroAndTheExtremesAreRefused() {
    assertThat(range.allows(LocalDate.of(0, 1, 1))).isFalse();
    assertThat(range.allows(LocalDate.of(1899, 12, 31))).isFalse();
    assertThat(range.allows(LocalDate.of(2201, 1, 1))).isFalse();
    assertThat(range.allows(LocalDate.MIN)).isFalse();
    assertThat(range.allows(LocalDate.MAX)).isFalse();
  }

  @Test
  void aMonthIsAllowedOnlyWhole() {
    assertThat(range.allows(YearMonth.of(1900, 1))).isTrue();
    assertThat(range.allows(YearMonth.of(2200, 12))).isTrue();
    assertThat(range.allows(YearMonth.of(1899, 12))).isFalse();
    assertThat(range.allows(YearMonth.of(999_999_999, 12))).isFalse();
  }

  @Test
  void theRuleNamesTheRange() {
    assertThat(range.rule()).contains("1900-01-01").contains("2200-12-31");
  }
}
