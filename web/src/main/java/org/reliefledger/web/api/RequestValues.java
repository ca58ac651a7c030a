package org.reliefledger.web.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.reliefledger.ledger.entity.InvalidAmountException;
import org.reliefledger.ledger.entity.Money;
import org.reliefledger.platform.boundary.BusinessDates;

/** Turns request text into domain values, or a {@link BadInput} naming the field. */
final class RequestValues {

  private RequestValues() {}

  /** A non-negative decimal amount with at most two places. */
  static Money amount(String text, String field) {
    try {
      return Money.parse(text);
    } catch (InvalidAmountException invalid) {
      throw new BadInput("invalid_amount", invalid.getMessage(), field);
    }
  }

  /**
   * An ISO date {@code YYYY-MM-DD} within {@link BusinessDates}, or {@code fallback} when absent.
   */
  static LocalDate date(String text, String field, LocalDate fallback) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(text);
    } catch (DateTimeParseException invalid) {
      throw new BadInput("invalid_date", "Dates are written YYYY-MM-DD.", field);
    }
    var businessDates = BusinessDates.configured();
    if (!businessDates.allows(date)) {
      throw new BadInput("invalid_date", field + ": " + businessDates.rule() + ".", field);
    }
    return date;
  }

  /** Amounts in JSON: decimal strings with two places, {@code null} stays {@code null}. */
  static String text(Money money) {
    return money == null ? null : money.toDecimalString();
  }
}
