package org.reliefledger.disbursement.boundary;

/** Whether a request was opened, or why not (every refusal is the client's to fix: HTTP 422). */
public sealed interface RequestOpening {

  record Opened(RequestView request) implements RequestOpening {}

  /**
   * @param error a short code for scripts, e.g. {@code over_cap}
   * @param message a sentence for people, without case details
   * @param field the field of the draft at fault
   */
  record Refused(String error, String message, String field) implements RequestOpening {}
}
