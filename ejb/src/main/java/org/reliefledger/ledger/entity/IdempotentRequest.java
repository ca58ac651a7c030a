package org.reliefledger.ledger.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A client's {@code Idempotency-Key} and the fingerprint of the request it came with. The same key
 * with the same fingerprint gets the first result back; with another fingerprint it is refused.
 */
public record IdempotentRequest(String key, String fingerprint) {

  public IdempotentRequest {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(fingerprint, "fingerprint");
  }

  /**
   * The request {@code operation} with {@code parts} under {@code key}, or {@code null} when the
   * client sent no key. Name the operation after the endpoint, so that a key reused on another
   * endpoint is a different request; list every field of the request body among the parts.
   */
  public static IdempotentRequest of(String key, String operation, Object... parts) {
    return key == null ? null : new IdempotentRequest(key, RequestFingerprint.of(operation, parts));
  }

  /** A {@code POST /journal-entries} request under {@code key} (or {@code null}). */
  public static IdempotentRequest forEntry(String key, EntryCommand command) {
    var parts = new ArrayList<Object>(List.of(command.date(), command.memo()));
    parts.addAll(command.lines());
    return of(key, "journal-entries", parts.toArray());
  }

  /** A {@code POST /journal-entries/{id}/reversal} request under {@code key} (or {@code null}). */
  public static IdempotentRequest forReversal(
      String key, long entryId, LocalDate date, String memo) {
    return of(key, "journal-entries/reversal", entryId, date, memo);
  }

  @Override
  public String toString() {
    return "IdempotentRequest[fingerprint=" + fingerprint + "]";
  }
}
