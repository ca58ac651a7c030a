package org.reliefledger.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ReportPeriodsTest {

  @Test
  void readsMonthsAndDays() {
    assertThat(ReportPeriods.month(" 2026-05 ", "month")).isEqualTo(YearMonth.of(2026, 5));
    assertThat(ReportPeriods.day("2026-02-28", "from")).isEqualTo(LocalDate.of(2026, 2, 28));
  }

  @Test
  void missingOrMalformedParametersNameTheirField() {
    assertRefused(() -> ReportPeriods.month(null, "month"), "missing_parameter", "month");
    assertRefused(() -> ReportPeriods.month(" ", "month"), "missing_parameter", "month");
    assertRefused(() -> ReportPeriods.month("2026-13", "month"), "invalid_month", "month");
    assertRefused(() -> ReportPeriods.month("2026-05-01", "month"), "invalid_month", "month");
    assertRefused(() -> ReportPeriods.day(null, "from"), "missing_parameter", "from");
    assertRefused(() -> ReportPeriods.day("2026-02-30", "to"), "invalid_date", "to");
  }

  @Test
  void monthsAndDaysOutsideTheBooksAreRefused() {
    assertRefused(() -> ReportPeriods.month("0000-01", "month"), "invalid_month", "month");
    assertRefused(() -> ReportPeriods.month("+999999999-12", "month"), "invalid_month", "month");
    assertRefused(() -> ReportPeriods.day("0000-01-01", "from"), "invalid_date", "from");
    assertRefused(() -> ReportPeriods.day("2201-01-01", "to"), "invalid_date", "to");
  }

  @Test
  void aPeriodMayBeOneDayButNeverRunBackwards() {
    LocalDate day = LocalDate.of(2026, 5, 1);
    ReportPeriods.ordered(day, day);
    ReportPeriods.ordered(YearMonth.of(2026, 4), YearMonth.of(2026, 5));
    assertRefused(() -> ReportPeriods.ordered(day, day.minusDays(1)), "invalid_period", "to");
  }

  private static void assertRefused(Runnable read, String error, String field) {
    assertThatThrownBy(read::run)
        .isInstanceOfSatisfying(
            BadInput.class,
            bad -> {
              assertThat(bad.error()).isEqualTo(error);
              assertThat(bad.field()).isEqualTo(field);
            });
  }
}
