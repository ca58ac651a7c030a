package org.reliefledger.audit.boundary;

import java.time.LocalDate;

/**
 * Which audit events to list: those that occurred on the UTC days {@code from} to {@code to}
 * (inclusive), of one {@code type} (the event's action, e.g. {@code PII_READ}) and by one {@code
 * actor}. Any part that is {@code null} (or blank) does not restrict.
 */
public record AuditSelection(LocalDate from, LocalDate to, String type, String actor) {

  public AuditSelection {
    type = orNull(type);
    actor = orNull(actor);
  }

  /** Every event. */
  public static AuditSelection all() {
    return new AuditSelection(null, null, null, null);
  }

  private static String orNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
