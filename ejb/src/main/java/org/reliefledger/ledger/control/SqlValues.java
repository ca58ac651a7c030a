package org.reliefledger.ledger.control;

import java.sql.Date;
import java.time.LocalDate;

/** Values of native and aggregate query results, which JDBC drivers type differently. */
final class SqlValues {

  private SqlValues() {}

  /** Integer, Long, BigInteger or BigDecimal, depending on driver and aggregate. */
  static long number(Object value) {
    return ((Number) value).longValue();
  }

  /** java.sql.Date or LocalDate, depending on driver. */
  static LocalDate date(Object value) {
    return value instanceof Date sqlDate ? sqlDate.toLocalDate() : (LocalDate) value;
  }
}
