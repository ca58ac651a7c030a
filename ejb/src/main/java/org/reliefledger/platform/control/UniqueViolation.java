package org.reliefledger.platform.control;

import java.sql.SQLException;

/** Recognizes a write refused because another writer stored the same unique key first. */
public final class UniqueViolation {

  /** SQLSTATE of a unique-constraint violation, the same on PostgreSQL and H2. */
  private static final String UNIQUE_VIOLATION = "23505";

  private UniqueViolation() {}

  public static boolean causedBy(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
