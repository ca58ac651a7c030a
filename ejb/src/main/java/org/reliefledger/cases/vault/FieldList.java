package org.reliefledger.cases.vault;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The plaintext form of an envelope of several optional text fields (a case's details, a request's
 * payment instructions): a format version, then each field as its UTF-8 length and bytes, or -1
 * when absent. Decoding refuses anything else, so a sealed envelope opens to exactly its fields.
 */
final class FieldList {

  private static final byte FORMAT_VERSION = 1;
  private static final int ABSENT = -1;

  private FieldList() {}

  static byte[] encode(String... fields) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(FORMAT_VERSION);
      for (String field : fields) {
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

  /**
   * @param count how many fields the envelope holds
   * @param what the envelope's name, for error messages
   */
  static List<String> decode(byte[] encoded, int count, String what) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded))) {
      if (in.readByte() != FORMAT_VERSION) {
        throw new IllegalArgumentException("unknown " + what + " envelope format");
      }
      String[] fields = new String[count];
      for (int i = 0; i < fields.length; i++) {
        int length = in.readInt();
        if (length != ABSENT) {
          if (length < 0 || length > in.available()) {
            throw new IllegalArgumentException(what + " envelope has an impossible field length");
          }
          fields[i] = StrictUtf8.decode(in.readNBytes(length));
        }
      }
      if (in.available() > 0) {
        throw new IllegalArgumentException(what + " envelope has trailing bytes");
      }
      return new ArrayList<>(Arrays.asList(fields));
    } catch (IOException e) {
      throw new IllegalArgumentException(what + " envelope is truncated", e);
    }
  }
}
