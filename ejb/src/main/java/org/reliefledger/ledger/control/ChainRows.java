package org.reliefledger.ledger.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reliefledger.ledger.entity.ChainVerification;
import org.reliefledger.ledger.entity.ChainVerifier;
import org.reliefledger.ledger.entity.EntryContent;
import org.reliefledger.ledger.entity.Side;
import org.reliefledger.ledger.entity.StoredEntry;

/**
 * Recomputes the hash chain from the rows as they are in the database, read with plain SQL so that
 * no cached entity hides a change made behind the application's back. Reads a page of entries at a
 * time, so memory stays flat whatever the size of the journal.
 */
@Dependent
public class ChainRows {

  static final int PAGE = 500;

  private static final String ENTRIES =
      "SELECT id, sequence_number, entry_date, memo, reverses_id, idempotency_key,"
          + " previous_hash, hash FROM journal_entry WHERE sequence_number > ?1"
          + " ORDER BY sequence_number LIMIT "
          + PAGE;

  private static final String POSTINGS =
      "SELECT p.journal_entry_id, p.line_number, a.code, f.code, p.debit_minor, p.credit_minor,"
          + " p.currency FROM posting p"
          + " JOIN journal_entry e ON e.id = p.journal_entry_id"
          + " JOIN account a ON a.id = p.account_id"
          + " JOIN fund f ON f.id = p.fund_id"
          + " WHERE e.sequence_number > ?1 AND e.sequence_number <= ?2"
          + " ORDER BY p.journal_entry_id, p.line_number";

  private static final String HEAD =
      "SELECT last_sequence, last_hash FROM ledger_chain_head WHERE id = 1";

  @PersistenceContext EntityManager em;

  public ChainVerification verify() {
    var verifier = new ChainVerifier();
    long after = 0;
    List<Object[]> page = entriesAfter(after);
    while (!page.isEmpty()) {
      long last = SqlValues.number(page.get(page.size() - 1)[1]);
      Map<Long, List<EntryContent.Line>> lines = postingsBetween(after, last);
      page.forEach(row -> verifier.accept(stored(row, lines)));
      after = last;
      page = entriesAfter(after);
    }
    Object[] head = (Object[]) em.createNativeQuery(HEAD).getSingleResult();
    return verifier.finish(SqlValues.number(head[0]), (String) head[1]);
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> entriesAfter(long sequence) {
    return em.createNativeQuery(ENTRIES).setParameter(1, sequence).getResultList();
  }

  @SuppressWarnings("unchecked")
  private Map<Long, List<EntryContent.Line>> postingsBetween(long after, long last) {
    List<Object[]> rows =
        em.createNativeQuery(POSTINGS).setParameter(1, after).setParameter(2, last).getResultList();
    var lines = new HashMap<Long, List<EntryContent.Line>>();
    for (Object[] row : rows) {
      long debit = SqlValues.number(row[4]);
      long credit = SqlValues.number(row[5]);
      lines
          .computeIfAbsent(SqlValues.number(row[0]), id -> new ArrayList<>())
          .add(
              new EntryContent.Line(
                  (int) SqlValues.number(row[1]),
                  (String) row[2],
                  (String) row[3],
                  debit > 0 ? Side.DEBIT : Side.CREDIT,
                  debit > 0 ? debit : credit,
                  (String) row[6]));
    }
    return lines;
  }

  private static StoredEntry stored(Object[] row, Map<Long, List<EntryContent.Line>> lines) {
    long id = SqlValues.number(row[0]);
    var content =
        new EntryContent(
            SqlValues.number(row[1]),
            SqlValues.date(row[2]),
            (String) row[3],
            row[4] == null ? null : SqlValues.number(row[4]),
            (String) row[5],
            lines.getOrDefault(id, List.of()));
    return new StoredEntry(id, content, (String) row[6], (String) row[7]);
  }
}
