package org.reliefledger.cases.vault.boundary;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Why an intake user opens a case's personal data. A fixed list rather than typed text, because the
 * reason goes into the audit trail, and typed text there could carry the very details the vault
 * keeps sealed.
 */
public enum PiiReadReason {
  CONTACT_HOUSEHOLD,
  ARRANGE_PAYMENT,
  VERIFY_IDENTITY,
  UPDATE_DETAILS,
  LEGAL_OR_SAFETY,
  OTHER;

  /**
   * Parses the {@code reason} query parameter; letter case and {@code -} for {@code _} are fine.
   */
  public static Optional<PiiReadReason> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String normalised = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    return Arrays.stream(values()).filter(reason -> reason.name().equals(normalised)).findFirst();
  }

  /** The accepted values, for the error message. */
  public static String accepted() {
    return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
