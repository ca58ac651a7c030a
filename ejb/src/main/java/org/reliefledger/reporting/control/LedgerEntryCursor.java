package org.reliefledger.reporting.control;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.reliefledger.reports.statements.LedgerEntry;
import org.reliefledger.reports.statements.LedgerPosting;

/**
 * Journal entries read lazily from a forward-only result set of posting rows ordered by entry: only
 * the entry being assembled and the driver's fetch window are in memory, whatever the size of the
 * ledger.
 *
 * <p>Columns: entry id, date, memo, reversed entry id (or null), hash, account code, account name,
 * fund code, debit, credit.
 */
final class LedgerEntryCursor implements Iterator<LedgerEntry> {

  private final ResultSet rows;
  private boolean onRow;

  LedgerEntryCursor(ResultSet rows) {
    this.rows = rows;
    this.onRow = advance();
  }

  @Override
  public boolean hasNext() {
    return onRow;
  }

  @Override
  public LedgerEntry next() {
    if (!onRow) {
      throw new NoSuchElementException();
    }
    try {
      long entryId = rows.getLong(1);
      LocalDate date = rows.getObject(2, LocalDate.class);
      String memo = rows.getString(3);
      long reverses = rows.getLong(4);
      Long reversesEntryId = rows.wasNull() ? null : reverses;
      String hash = rows.getString(5);
      List<LedgerPosting> postings = new ArrayList<>();
      do {
        postings.add(
            new LedgerPosting(
                rows.getString(6),
                rows.getString(7),
                rows.getString(8),
                rows.getLong(9),
                rows.getLong(10)));
        onRow = advance();
      } while (onRow && rows.getLong(1) == entryId);
      return new LedgerEntry(entryId, date, memo, reversesEntryId, hash, postings);
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  private boolean advance() {
    try {
      return rows.next();
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  private static IllegalStateException failed(SQLException e) {
    // The SQL state only: a driver message may quote a memo.
    return new IllegalStateException(
        "reading the general ledger failed, SQL state " + e.getSQLState());
  }
}
