package org.reliefledger.ledger.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of an operation name and the parts of its request, to recognise a repeated request
 * under the same {@code Idempotency-Key}. Each part is length-prefixed, so no two different
 * requests share a form; {@code null} parts are written as {@code -}.
 */
public final class RequestFingerprint {

  private RequestFingerprint() {}

  public static String of(String operation, Object... parts) {
    var form = new StringBuilder(operation);
    for (Object part : parts) {
      form.append('\n');
      if (part == null) {
        form.append('-');
      } else {
        String text = part.toString();
        form.append(text.length()).append(':').append(text);
      }
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(form.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException everyJvmHasIt) {
      throw new IllegalStateException("SHA-256 is not available", everyJvmHasIt);
    }
  }
}
