package org.reliefledger.reporting.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.reliefledger.reports.plaintext.AccountClass;
import org.reliefledger.reports.plaintext.BookAccount;
import org.reliefledger.reports.plaintext.PlainTextBooks;
import org.reliefledger.reports.plaintext.PlainTextFormat;

/** The journal up to a day as plain-text books: the accounts in use, then the entries streamed. */
@Dependent
public class PlainTextBooksQuery {

  private static final String ACCOUNTS_IN_USE =
      "SELECT DISTINCT a.code, a.account_type, f.code"
          + " FROM posting p JOIN journal_entry e ON e.id = p.journal_entry_id"
          + " JOIN account a ON a.id = p.account_id JOIN fund f ON f.id = p.fund_id"
          + " WHERE e.entry_date >= ? AND e.entry_date <= ? ORDER BY a.code, f.code";

  @Inject ReportSql sql;
  @Inject GeneralLedgerQuery journal;

  /**
   * @return the number of entries written
   */
  public long write(
      PlainTextFormat format, LocalDate from, LocalDate to, Currency currency, Writer out)
      throws IOException {
    List<BookAccount> accounts =
        sql.list(
            ACCOUNTS_IN_USE,
            row -> new BookAccount(row.getString(1), classOf(row.getString(2)), row.getString(3)),
            from,
            to);
    return journal.read(
        from, to, entries -> PlainTextBooks.write(format, accounts, from, entries, currency, out));
  }

  /** The ledger's account types (ledger.entity.AccountType) as the tools' top-level accounts. */
  static AccountClass classOf(String accountType) {
    return switch (accountType) {
      case "ASSET" -> AccountClass.ASSETS;
      case "LIABILITY" -> AccountClass.LIABILITIES;
      case "NET_ASSETS" -> AccountClass.EQUITY;
      case "INCOME" -> AccountClass.INCOME;
      case "EXPENSE" -> AccountClass.EXPENSES;
      default -> throw new IllegalStateException("unknown account type " + accountType);
    };
  }
}
