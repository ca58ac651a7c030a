package org.reliefledger.bench;

import java.sql.SQLException;

/** Classifies exceptions of a benchmark request without printing their messages. */
final class Failures {

  private static final String DEADLOCK_DETECTED = "40P01";
  private static final String SERIALIZATION_FAILURE = "40001";

  private Failures() {}

  static boolean isDeadlock(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql
          && (DEADLOCK_DETECTED.equals(sql.getSQLState())
              || SERIALIZATION_FAILURE.equals(sql.getSQLState()))) {
        return true;
      }
    }
    return false;
  }

  /** The chain of exception types (and SQL states), enough to find the cause in the code. */
  static String describe(Throwable e) {
    var chain = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (!chain.isEmpty()) {
        chain.append(" <- ");
      }
      chain.append(t.getClass().getSimpleName());
      if (t instanceof SQLException sql) {
        chain.append('[').append(sql.getSQLState()).append(']');
      }
    }
    return chain.toString();
  }
}
