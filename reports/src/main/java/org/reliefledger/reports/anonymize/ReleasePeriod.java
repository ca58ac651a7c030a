package org.reliefledger.reports.anonymize;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period for which statistics are released: a calendar month, a calendar quarter or a calendar
 * year. Written {@code 2026-10}, {@code 2026-Q4} and {@code 2026}.
 *
 * <p>Guarantees: a quarter is exactly three consecutive months and a year twelve, so every released
 * figure of a quarter or a year is the sum of the same figure over its months.
 */
public record ReleasePeriod(Kind kind, int year, int number) implements Comparable<ReleasePeriod> {

  /** How long the period is. */
  public enum Kind {
    MONTH(1),
    QUARTER(3),
    YEAR(12);

    private final int months;

    Kind(int months) {
      this.months = months;
    }

    public int months() {
      return months;
    }
  }

  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  public ReleasePeriod {
    if (kind == null || number < 1 || number * kind.months() > 12) {
      throw new IllegalArgumentException("no such period");
    }
  }

  public static ReleasePeriod month(YearMonth month) {
    return new ReleasePeriod(Kind.MONTH, month.getYear(), month.getMonthValue());
  }

  public static ReleasePeriod quarterOf(YearMonth month) {
    return new ReleasePeriod(Kind.QUARTER, month.getYear(), (month.getMonthValue() + 2) / 3);
  }

  public static ReleasePeriod year(int year) {
    return new ReleasePeriod(Kind.YEAR, year, 1);
  }

  /**
   * Reads {@code yyyy-mm}, {@code yyyy-Qn} or {@code yyyy}.
   *
   * @throws IllegalArgumentException if the text is none of these
   */
  public static ReleasePeriod parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("no period given");
    }
    Matcher quarter = QUARTER.matcher(text);
    if (quarter.matches()) {
      return new ReleasePeriod(
          Kind.QUARTER, Integer.parseInt(quarter.group(1)), Integer.parseInt(quarter.group(2)));
    }
    if (YEAR.matcher(text).matches()) {
      return year(Integer.parseInt(text));
    }
    try {
      return month(YearMonth.parse(text));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("a period is yyyy-mm, yyyy-Qn or yyyy", e);
    }
  }

  public YearMonth firstMonth() {
    return YearMonth.of(year, (number - 1) * kind.months() + 1);
  }

  public YearMonth lastMonth() {
    return firstMonth().plusMonths(kind.months() - 1L);
  }

  public List<YearMonth> months() {
    List<YearMonth> months = new ArrayList<>(kind.months());
    for (YearMonth m = firstMonth(); !m.isAfter(lastMonth()); m = m.plusMonths(1)) {
      months.add(m);
    }
    return months;
  }

  public boolean contains(YearMonth month) {
    return !month.isBefore(firstMonth()) && !month.isAfter(lastMonth());
  }

  /**
   * The periods that are complete once {@code month} is published: the month itself, then its
   * quarter if it is the quarter's last month, then its year if it is December.
   */
  public static List<ReleasePeriod> completedBy(YearMonth month) {
    List<ReleasePeriod> periods = new ArrayList<>(3);
    periods.add(month(month));
    if (month.getMonthValue() % 3 == 0) {
      periods.add(quarterOf(month));
    }
    if (month.getMonthValue() == 12) {
      periods.add(year(month.getYear()));
    }
    return periods;
  }

  @Override
  public int compareTo(ReleasePeriod other) {
    int byEnd = lastMonth().compareTo(other.lastMonth());
    return byEnd != 0 ? byEnd : Integer.compare(kind.months(), other.kind.months());
  }

  @Override
  public String toString() {
    return switch (kind) {
      case MONTH -> firstMonth().toString();
      case QUARTER -> year + "-Q" + number;
      case YEAR -> Integer.toString(year);
    };
  }
}
