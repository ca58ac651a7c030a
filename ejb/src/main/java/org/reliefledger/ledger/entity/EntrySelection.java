package org.reliefledger.ledger.entity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Which journal entries to list: those dated {@code from} to {@code to} (inclusive) that have a
 * line on {@code account} in {@code fund}. A {@code null} (or blank) account or fund means any;
 * with both given, one line must match both, so "cash of the rent fund" does not also list entries
 * that touch cash in another fund and the rent fund elsewhere.
 */
public record EntrySelection(LocalDate from, LocalDate to, String account, String fund) {

  public EntrySelection {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    account = orNull(account);
    fund = orNull(fund);
  }

  /** Every entry dated {@code from} to {@code to}. */
  public static EntrySelection between(LocalDate from, LocalDate to) {
    return new EntrySelection(from, to, null, null);
  }

  public boolean byLine() {
    return account != null || fund != null;
  }

  private static String orNull(String code) {
    return code == null || code.isBlank() ? null : code.strip();
  }
}
