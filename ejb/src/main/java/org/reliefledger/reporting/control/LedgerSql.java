package org.reliefledger.reporting.control;

/**
 * SQL fragments every report shares, so that "paid", "net of reversals" and "dated within" mean the
 * same thing in each of them.
 */
final class LedgerSql {

  private LedgerSql() {}

  /**
   * True when the journal entry aliased {@code entry} has not been reversed by an entry dated on or
   * before the next parameter. Reversals copy every posting with the sides swapped, so a reversed
   * entry nets to zero and a report ending on that day leaves it out entirely.
   */
  static String notReversedBy(String entry) {
    return " NOT EXISTS (SELECT 1 FROM journal_entry r WHERE r.reverses_id = "
        + entry
        + ".id AND r.entry_date <= ?) ";
  }

  /**
   * Paid disbursement requests (alias {@code d}) with their case ({@code c}), the journal entry
   * that paid them ({@code e}) and any further {@code joins}, dated between the first two
   * parameters and not reversed by the third.
   */
  static String paidDisbursements(String joins) {
    return " FROM disbursement_request d"
        + " JOIN cases c ON c.id = d.case_id"
        + " JOIN journal_entry e ON e.id = d.journal_entry_id"
        + joins
        + " WHERE d.status = 'PAID' AND e.entry_date >= ? AND e.entry_date <= ? AND"
        + notReversedBy("e");
  }
}
