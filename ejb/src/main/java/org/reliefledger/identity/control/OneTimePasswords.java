package org.reliefledger.identity.control;

import java.security.SecureRandom;

/** Passwords an administrator hands over once: 20 characters that are easy to read aloud. */
public final class OneTimePasswords {

  // No 0/O, 1/l/I: read from a screen and typed by another person.
  private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
  private static final int LENGTH = 20;
  private static final SecureRandom RANDOM = new SecureRandom();

  private OneTimePasswords() {}

  /** About 99 bits of randomness, in groups of five for reading. */
  public static String next() {
    var password = new StringBuilder();
    for (int i = 0; i < LENGTH; i++) {
      if (i > 0 && i % 5 == 0) {
        password.append('-');
      }
      password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
