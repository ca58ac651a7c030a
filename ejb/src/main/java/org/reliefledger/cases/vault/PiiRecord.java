package org.reliefledger.cases.vault;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The identifying details intake may keep for a case, every one optional (blank counts as absent).
 * It exists in clear only in memory, between an authorised request and the vault; it is stored only
 * as one padded, sealed envelope. Its {@link #toString()} never prints a value.
 */
public record PiiRecord(String name, String phone, String address, String notes) {

  static final int MAX_NAME = 200;
  static final int MAX_PHONE = 50;
  static final int MAX_ADDRESS = 500;
  static final int MAX_NOTES = 4000;

  public PiiRecord {
    name = presentOrNull(name, "name", MAX_NAME);
    phone = presentOrNull(phone, "phone", MAX_PHONE);
    address = presentOrNull(address, "address", MAX_ADDRESS);
    notes = presentOrNull(notes, "notes", MAX_NOTES);
  }

  public static PiiRecord empty() {
    return new PiiRecord(null, null, null, null);
  }

  public boolean isEmpty() {
    return fields().allMatch(Objects::isNull);
  }

  /** Seals the record as one envelope under the case's data key, bound to the case. */
  public Sealed sealWith(DataKey key, long caseId) {
    return key.seal(encode(), FieldBinding.pii(caseId));
  }

  /**
   * @throws SealBrokenException when the envelope was altered, belongs to another case or field, or
   *     was sealed under another key
   */
  public static PiiRecord openWith(DataKey key, Sealed envelope, long caseId) {
    return decode(key.open(envelope, FieldBinding.pii(caseId)));
  }

  private Stream<String> fields() {
    return Stream.of(name, phone, address, notes);
  }

  private static String presentOrNull(String value, String field, int maxLength) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.length() > maxLength) {
      throw new IllegalArgumentException(field + " is longer than " + maxLength + " characters");
    }
    return value;
  }

  byte[] encode() {
    return FieldList.encode(name, phone, address, notes);
  }

  static PiiRecord decode(byte[] encoded) {
    List<String> fields = FieldList.decode(encoded, 4, "PII");
    return new PiiRecord(fields.get(0), fields.get(1), fields.get(2), fields.get(3));
  }

  @Override
  public String toString() {
    return "PiiRecord[redacted]";
  }
}
