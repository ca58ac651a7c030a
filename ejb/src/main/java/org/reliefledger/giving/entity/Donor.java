package org.reliefledger.giving.entity;

/**
 * Who gave, when they want to be known: both parts optional. Personal data: {@link #toString()}
 * never shows it.
 */
public record Donor(String name, String email) {

  /** No one named: the gift is anonymous. */
  public static final Donor ANONYMOUS = new Donor(null, null);

  public Donor {
    name = blankToNull(name);
    email = blankToNull(email);
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public boolean isAnonymous() {
    return name == null && email == null;
  }

  @Override
  public String toString() {
    return isAnonymous() ? "Donor[anonymous]" : "Donor[named]";
  }
}
