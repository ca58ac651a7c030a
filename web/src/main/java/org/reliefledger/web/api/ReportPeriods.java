package org.reliefledger.web.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.reliefledger.platform.boundary.BusinessDates;

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
