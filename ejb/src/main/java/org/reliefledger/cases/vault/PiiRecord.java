package org.reliefledger.cases.vault;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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

  private static final byte FORMAT_VERSION = 1;
  private static final int ABSENT = -1;

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
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(FORMAT_VERSION);
      for (String field : fields().toList()) {
        if (field == null) {
          out.writeInt(ABSENT);
        } else {
          byte[] utf8 = StrictUtf8.encode(field);
          out.writeInt(utf8.length);
          out.write(utf8);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static PiiRecord decode(byte[] encoded) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded))) {
      if (in.readByte() != FORMAT_VERSION) {
        throw new IllegalArgumentException("unknown PII envelope format");
      }
      String[] fields = new String[4];
      for (int i = 0; i < fields.length; i++) {
        int length = in.readInt();
        if (length != ABSENT) {
          if (length < 0 || length > in.available()) {
            throw new IllegalArgumentException("PII envelope has an impossible field length");
          }
          fields[i] = StrictUtf8.decode(in.readNBytes(length));
        }
      }
      if (in.available() > 0) {
        throw new IllegalArgumentException("PII envelope has trailing bytes");
      }
      return new PiiRecord(fields[0], fields[1], fields[2], fields[3]);
    } catch (IOException e) {
      throw new IllegalArgumentException("PII envelope is truncated", e);
    }
  }

  @Override
  public String toString() {
    return "PiiRecord[redacted]";
  }
}
