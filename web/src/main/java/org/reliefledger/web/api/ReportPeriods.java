package org.reliefledger.web.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.reliefledger.platform.boundary.BusinessDates;
import org.reliefledger.reports.anonymize.ReleasePeriod;

/** Turns report query parameters into months and days, or a {@link BadInput} naming the field. */
final class ReportPeriods {

  private ReportPeriods() {}

  /** A required month {@code YYYY-MM}. */
  static YearMonth month(String text, String field) {
    YearMonth month;
    try {
      month = YearMonth.parse(required(text, field));
    } catch (DateTimeParseException invalid) {
      throw new BadInput("invalid_month", "Months are written YYYY-MM.", field);
    }
    var businessDates = BusinessDates.configured();
    if (!businessDates.allows(month)) {
      throw new BadInput("invalid_month", field + ": " + businessDates.rule() + ".", field);
    }
    return month;
  }

  /** Exactly one of {@code month}, {@code quarter} ({@code YYYY-Qn}) and {@code year}. */
  static ReleasePeriod release(String month, String quarter, String year) {
    int given = (month != null ? 1 : 0) + (quarter != null ? 1 : 0) + (year != null ? 1 : 0);
    if (given != 1) {
      throw new BadInput("invalid_period", "Give one of month, quarter or year.", "month");
    }
    if (month != null) {
      return ReleasePeriod.month(month(month, "month"));
    }
    String field = quarter != null ? "quarter" : "year";
    String text = required(quarter != null ? quarter : year, field);
    ReleasePeriod period;
    try {
      period = ReleasePeriod.parse(text);
    } catch (IllegalArgumentException invalid) {
      throw new BadInput("invalid_period", "Quarters are written YYYY-Qn, years YYYY.", field);
    }
    boolean expected =
        period.kind() == (quarter != null ? ReleasePeriod.Kind.QUARTER : ReleasePeriod.Kind.YEAR);
    if (!expected || !BusinessDates.configured().allows(period.firstMonth())) {
      throw new BadInput("invalid_period", "Quarters are written YYYY-Qn, years YYYY.", field);
    }
    return period;
  }

  /** The query parameter that names a period of this kind. */
  static String field(ReleasePeriod period) {
    return period.kind().name().toLowerCase(java.util.Locale.ROOT);
  }

  /** A required day {@code YYYY-MM-DD}. */
  static LocalDate day(String text, String field) {
    return RequestValues.date(required(text, field), field, null);
  }

  /** {@code from} to {@code to} must not run backwards; the error names {@code to}. */
  static <T extends Comparable<? super T>> void ordered(T from, T to) {
    if (to.compareTo(from) < 0) {
      throw new BadInput("invalid_period", "The period ends before it starts.", "to");
    }
  }

  private static String required(String text, String field) {
    if (text == null || text.isBlank()) {
      throw new BadInput("missing_parameter", "Give the query parameter " + field + ".", field);
    }
    return text.strip();
  }
}
