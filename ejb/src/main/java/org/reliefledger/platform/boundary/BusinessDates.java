package org.reliefledger.platform.boundary;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The dates the fund's books may carry: {@code relief.business.date.min} to {@code
 * relief.business.date.max}, 1900-01-01 to 2200-12-31 unless configured. A year 0 or 999999999 is a
 * typing mistake or an attack, never a gift or a payment, and such dates do not survive every
 * database's date type unchanged.
 */
public record BusinessDates(LocalDate min, LocalDate max) {

  static final BusinessDates DEFAULT =
      new BusinessDates(LocalDate.of(1900, 1, 1), LocalDate.of(2200, 12, 31));

  /** The range in force, from MicroProfile Config. */
  public static BusinessDates configured() {
    return new BusinessDates(
        configured("relief.business.date.min", DEFAULT.min),
        configured("relief.business.date.max", DEFAULT.max));
  }

  public boolean allows(LocalDate date) {
    return !date.isBefore(min) && !date.isAfter(max);
  }

  /** A month is allowed when every one of its days is. */
  public boolean allows(YearMonth month) {
    return allows(month.atDay(1)) && allows(month.atEndOfMonth());
  }

  /** The sentence a refused date's error carries. */
  public String rule() {
    return "must be a date from " + min + " to " + max;
  }

  private static LocalDate configured(String name, LocalDate fallback) {
    return config()
        .flatMap(config -> config.getOptionalValue(name, String.class))
        .map(
            text -> {
              try {
                return LocalDate.parse(text.strip());
              } catch (DateTimeParseException notADate) {
                throw new IllegalStateException(name + " must be a date YYYY-MM-DD", notADate);
              }
            })
        .orElse(fallback);
  }

  /** Outside a server (plain unit tests) there is no MicroProfile Config: the defaults apply. */
  private static Optional<Config> config() {
    try {
      return Optional.of(ConfigProvider.getConfig());
    } catch (IllegalStateException noConfigRuntime) {
      return Optional.empty();
    }
  }
}
