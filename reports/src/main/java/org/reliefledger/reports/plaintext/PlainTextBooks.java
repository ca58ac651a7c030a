package org.reliefledger.reports.plaintext;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.reliefledger.reports.statements.LedgerEntry;

/**
 * Writes a journal as plain-text books: the accounts in use first (declared, or opened on {@code
 * opened}), then every entry in chain order, streamed from {@code entries}.
 */
public final class PlainTextBooks {

  private PlainTextBooks() {}

  /**
   * @return the number of entries written
   */
  public static long write(
      PlainTextFormat format,
      List<BookAccount> accounts,
      LocalDate opened,
      Iterator<LedgerEntry> entries,
      Currency currency,
      Writer out)
      throws IOException {
    format.start(out, currency);
    for (BookAccount account : accounts) {
      format.declare(out, account, opened, currency);
    }
    out.write("\n");
    Map<String, AccountClass> classes =
        accounts.stream()
            .collect(
                Collectors.toMap(BookAccount::accountCode, BookAccount::accountClass, (a, b) -> a));
    long written = 0;
    while (entries.hasNext()) {
      format.entry(out, entries.next(), classes, currency);
      written++;
    }
    out.flush();
    return written;
  }
}
