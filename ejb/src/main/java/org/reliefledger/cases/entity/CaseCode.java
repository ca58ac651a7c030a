package org.reliefledger.cases.entity;

import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The pseudonymous code of a case, such as {@code C-7KQ4}: four characters from an alphabet without
 * look-alikes (no 0/O, 1/I/L, U/V), so a code read aloud or handwritten is not mistaken for
 * another. Random, so it says nothing about the household or the order of intake; uniqueness is
 * enforced by the database, with a retry on the rare collision.
 */
public record CaseCode(String value) {

  /** Characters a code may use: digits 2-9 and letters without I, L, O, U, V. */
  public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ";

  public static final int LENGTH = 4;

  private static final String PREFIX = "C-";
  private static final Pattern FORMAT =
      Pattern.compile(Pattern.quote(PREFIX) + "[" + ALPHABET + "]{" + LENGTH + "}");

  public CaseCode {
    Objects.requireNonNull(value, "value");
    if (!FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("not a case code: " + value);
    }
  }

  /** Parses a code as typed by a person: surrounding blanks and letter case do not matter. */
  public static CaseCode parse(String text) {
    return new CaseCode(text.strip().toUpperCase(java.util.Locale.ROOT));
  }

  /** Whether the text is a well-formed code (after the same normalisation as {@link #parse}). */
  public static boolean isWellFormed(String text) {
    return text != null
        && FORMAT.matcher(text.strip().toUpperCase(java.util.Locale.ROOT)).matches();
  }

  /** A new random code; use a cryptographically strong generator in production. */
  public static CaseCode random(RandomGenerator random) {
    var code = new StringBuilder(PREFIX);
    for (int i = 0; i < LENGTH; i++) {
      code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return new CaseCode(code.toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
