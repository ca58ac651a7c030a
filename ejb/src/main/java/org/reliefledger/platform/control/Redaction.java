package org.reliefledger.platform.control;

/** Makes connection strings safe to print: a JDBC URL may carry a password in its parameters. */
public final class Redaction {

  private Redaction() {}

  /** The URL up to its parameters (H2 {@code ;...}, PostgreSQL {@code ?...}). */
  public static String withoutCredentials(String jdbcUrl) {
    if (jdbcUrl == null) {
      return "(no URL)";
    }
    int cut = jdbcUrl.length();
    for (char separator : new char[] {'?', ';'}) {
      int at = jdbcUrl.indexOf(separator);
      if (at >= 0) {
        cut = Math.min(cut, at);
      }
    }
    return jdbcUrl.substring(0, cut);
  }
}
