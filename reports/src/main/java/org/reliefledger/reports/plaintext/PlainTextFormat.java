package org.reliefledger.reports.plaintext;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;
import org.reliefledger.reports.statements.LedgerEntry;
import org.reliefledger.reports.statements.LedgerPosting;

/**
 * How hledger and Beancount each write the same journal. Both get every entry with its id (and the
 * entry it reverses) as metadata, the memo as the description, and one line per posting with its
 * signed amount (debit positive).
 */
public enum PlainTextFormat {
  /** hledger's journal format: accounts are declared with their type, no opening needed. */
  HLEDGER {
    @Override
    void declare(Writer out, BookAccount account, LocalDate opened, Currency currency)
        throws IOException {
      out.write("account " + account.name() + "\n");
    }

    @Override
    void header(Writer out, LedgerEntry entry) throws IOException {
      // hledger ends a description at ';' (a comment follows).
      out.write(entry.date() + " " + oneLine(entry.memo()).replace(';', ',') + "  ; " + ids(entry));
      out.write("\n");
    }
  },

  /** Beancount: every account is opened before its first use, metadata are key: value lines. */
  BEANCOUNT {
    @Override
    void start(Writer out, Currency currency) throws IOException {
      out.write("option \"operating_currency\" \"" + currency.getCurrencyCode() + "\"\n\n");
    }

    @Override
    void declare(Writer out, BookAccount account, LocalDate opened, Currency currency)
        throws IOException {
      out.write(opened + " open " + account.name() + " " + currency.getCurrencyCode() + "\n");
    }

    @Override
    void header(Writer out, LedgerEntry entry) throws IOException {
      String memo = oneLine(entry.memo()).replace("\\", "\\\\").replace("\"", "\\\"");
      out.write(entry.date() + " * \"" + memo + "\"\n");
      out.write("  entry: \"" + entry.entryId() + "\"\n");
      if (entry.reversesEntryId() != null) {
        out.write("  reverses: \"" + entry.reversesEntryId() + "\"\n");
      }
    }
  };

  void start(Writer out, Currency currency) throws IOException {}

  abstract void declare(Writer out, BookAccount account, LocalDate opened, Currency currency)
      throws IOException;

  abstract void header(Writer out, LedgerEntry entry) throws IOException;

  /** One entry: its header, then a line per posting into the fund's sub-account. */
  void entry(Writer out, LedgerEntry entry, Map<String, AccountClass> classes, Currency currency)
      throws IOException {
    header(out, entry);
    for (LedgerPosting posting : entry.postings()) {
      var account =
          new BookAccount(posting.accountCode(), classOf(classes, posting), posting.fundCode());
      long signed = posting.debitMinorUnits() - posting.creditMinorUnits();
      out.write("    " + account.name() + "  " + amount(signed, currency) + "\n");
    }
    out.write("\n");
  }

  private static AccountClass classOf(Map<String, AccountClass> classes, LedgerPosting posting) {
    AccountClass accountClass = classes.get(posting.accountCode());
    if (accountClass == null) {
      throw new IllegalStateException("no account class for account " + posting.accountCode());
    }
    return accountClass;
  }

  static String amount(long minorUnits, Currency currency) {
    int digits = Math.max(currency.getDefaultFractionDigits(), 0);
    return BigDecimal.valueOf(minorUnits, digits).toPlainString()
        + " "
        + currency.getCurrencyCode();
  }

  private static String ids(LedgerEntry entry) {
    return "entry:"
        + entry.entryId()
        + (entry.reversesEntryId() == null ? "" : ", reverses:" + entry.reversesEntryId());
  }

  /** A memo on one line: line breaks and other control characters become spaces. */
  private static String oneLine(String memo) {
    return memo == null ? "" : memo.replaceAll("\\p{Cntrl}", " ").strip();
  }
}
