package org.reliefledger.cases.vault;

/**
 * A sealed value failed AES-GCM authentication: its bytes were altered, it was moved to another
 * case or field, or it was sealed under another key. Opening never returns unauthenticated bytes.
 */
public final class SealBrokenException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  SealBrokenException(String what, Throwable cause) {
    super(
        what
            + " failed authentication: it was altered, moved to another case or field, "
            + "or sealed under another key",
        cause);
  }
}
