package org.reliefledger.cases.vault;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Where a sealed value belongs: a case and a field of it. It is authenticated with the value (as
 * AES-GCM associated data), so a ciphertext copied to another case or another field does not open.
 *
 * @param caseId the case's database id
 * @param field a short name such as {@code pii} or {@code justification/request/350}
 */
public record FieldBinding(long caseId, String field) {

  private static final Pattern FIELD = Pattern.compile("[a-z0-9][a-z0-9/_-]{0,99}");

  public FieldBinding {
    if (caseId <= 0) {
      throw new IllegalArgumentException("a case id is positive");
    }
    if (field == null || !FIELD.matcher(field).matches()) {
      throw new IllegalArgumentException("a field name is lower-case letters, digits, / _ -");
    }
  }

  /** The binding of a case's identifying details (name, phone, address, notes). */
  public static FieldBinding pii(long caseId) {
    return new FieldBinding(caseId, "pii");
  }

  /** The binding of the free-text justification of one disbursement request of the case. */
  public static FieldBinding justification(long caseId, long requestId) {
    if (requestId <= 0) {
      throw new IllegalArgumentException("a request id is positive");
    }
    return new FieldBinding(caseId, "justification/request/" + requestId);
  }

  byte[] associatedData() {
    return ("relief-ledger/vault/v1/case/" + caseId + "/field/" + field)
        .getBytes(StandardCharsets.UTF_8);
  }
}
