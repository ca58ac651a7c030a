package org.reliefledger.reporting.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Iterator;
import org.reliefledger.reports.statements.GeneralLedgerExport;
import org.reliefledger.reports.statements.GeneralLedgerExportInfo;
import org.reliefledger.reports.statements.LedgerEntry;

/**
 * Streams every entry and posting of a period, in chain order, from a forward-only JDBC cursor into
 * the general-ledger workbook (or another reader: the plain-text books). Nothing is loaded as an
 * entity and nothing is collected: a million postings pass through in bounded memory.
 */
@Dependent
public class GeneralLedgerQuery {

  /** Rows the driver fetches per round trip (PostgreSQL honours it inside a transaction). */
  static final int FETCH_SIZE = 500;

  private static final String POSTINGS =
      "SELECT e.id, e.entry_date, e.memo, e.reverses_id, e.hash,"
          + " a.code, a.name, f.code, p.debit_minor, p.credit_minor"
          + " FROM journal_entry e JOIN posting p ON p.journal_entry_id = e.id"
          + " JOIN account a ON a.id = p.account_id"
          + " JOIN fund f ON f.id = p.fund_id"
          + " WHERE e.entry_date >= ? AND e.entry_date <= ?"
          + " ORDER BY e.sequence_number, p.line_number";

  @Inject ReportSql sql;

  /** Consumes the entries of a period as they are read. */
  @FunctionalInterface
  public interface EntryReader {
    long read(Iterator<LedgerEntry> entries) throws IOException;
  }

  /**
   * @return the number of postings written
   */
  public long write(GeneralLedgerExportInfo info, OutputStream out) throws IOException {
    return read(info.from(), info.to(), entries -> GeneralLedgerExport.write(info, entries, out));
  }

  /**
   * Hands every entry dated {@code from} to {@code to}, in chain order, to {@code reader} while the
   * cursor is open; returns what the reader returns.
   */
  public long read(LocalDate from, LocalDate to, EntryReader reader) throws IOException {
    try (Connection connection = sql.connection();
        PreparedStatement statement =
            connection.prepareStatement(
                POSTINGS, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
      statement.setFetchSize(FETCH_SIZE);
      ReportSql.bind(statement, from, to);
      try (ResultSet rows = statement.executeQuery()) {
        return reader.read(new LedgerEntryCursor(rows));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "the general ledger query failed, SQL state " + e.getSQLState());
    }
  }
}
