package org.reliefledger.ledger.entity;

import java.util.regex.Pattern;

/** Argument checks shared by the ledger entities; messages name the field, never the value. */
final class Require {

  /** Upper-case letters, digits, '-', '_' and '.'; starts with a letter or digit. */
  static final String CODE_PATTERN = "[A-Z0-9][A-Z0-9._-]{0,31}";

  private static final Pattern CODE = Pattern.compile(CODE_PATTERN);

  private Require() {}

  static String code(String value, String field) {
    if (value == null || !CODE.matcher(value).matches()) {
      throw new IllegalArgumentException(
          field + " must be 1-32 upper-case letters, digits, '.', '-' or '_'");
    }
    return value;
  }

  static String text(String value, String field, int maxLength) {
    if (value == null || value.isBlank() || value.length() > maxLength) {
      throw new IllegalArgumentException(
          field + " must be present and at most " + maxLength + " characters");
    }
    return value;
  }

  static <T> T present(T value, String field) {
    if (value == null) {
      throw new IllegalArgumentException(field + " is required");
    }
    return value;
  }
}
