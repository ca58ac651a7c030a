package org.reliefledger.ledger.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.reliefledger.ledger.entity.AccountType;
import org.reliefledger.ledger.entity.EntrySelection;
import org.reliefledger.ledger.entity.JournalEntry;
import org.reliefledger.ledger.entity.Money;
import org.reliefledger.ledger.entity.Side;
import org.reliefledger.ledger.entity.TrialBalance;

/** Read-only questions to the journal: balances, trial balance, entries. */
@Dependent
public class LedgerQueries {

  @PersistenceContext EntityManager em;

  /**
   * Debits and credits summed per account and fund over entries dated on or before {@code asOf}.
   */
  public List<TrialBalance.Sums> sumsAsOf(LocalDate asOf) {
    return em.createQuery(
            "SELECT NEW org.reliefledger.ledger.entity.TrialBalance.Sums(p.account.code,"
                + " p.fund.code, SUM(p.debitMinor), SUM(p.creditMinor))"
                + " FROM Posting p WHERE p.entry.date <= :asOf"
                + " GROUP BY p.account.code, p.fund.code",
            TrialBalance.Sums.class)
        .setParameter("asOf", asOf)
        .getResultList();
  }

  /** The balance of every account that has postings, by code, positive on its normal side. */
  public Map<String, Money> accountBalances() {
    var balances = new HashMap<String, Money>();
    for (Object[] row :
        em.createQuery(
                "SELECT p.account.code, p.account.type, SUM(p.debitMinor), SUM(p.creditMinor)"
                    + " FROM Posting p GROUP BY p.account.code, p.account.type",
                Object[].class)
            .getResultList()) {
      long debitMinusCredit =
          Math.subtractExact(SqlValues.number(row[2]), SqlValues.number(row[3]));
      boolean debitNormal = ((AccountType) row[1]).normalSide() == Side.DEBIT;
      balances.put(
          (String) row[0],
          Money.ofMinor(debitNormal ? debitMinusCredit : Math.negateExact(debitMinusCredit)));
    }
    return balances;
  }

  /** The cash of every fund as its locked cash row holds it, by fund code. */
  public Map<String, Money> cashByFund() {
    var cash = new TreeMap<String, Money>();
    for (Object[] row :
        em.createQuery(
                "SELECT f.code, b.cashMinor FROM FundBalance b, Fund f WHERE f.id = b.fundId",
                Object[].class)
            .getResultList()) {
      cash.put((String) row[0], Money.ofMinor(SqlValues.number(row[1])));
    }
    return cash;
  }

  /**
   * The cash of every fund recomputed from its asset postings, by fund code — what {@link
   * #cashByFund()} must always equal.
   */
  public Map<String, Money> cashByFundFromPostings() {
    var cash = new TreeMap<String, Money>();
    for (Object[] row :
        em.createQuery(
                "SELECT p.fund.code, SUM(p.debitMinor), SUM(p.creditMinor) FROM Posting p"
                    + " WHERE p.account.type = :asset GROUP BY p.fund.code",
                Object[].class)
            .setParameter("asset", AccountType.ASSET)
            .getResultList()) {
      cash.put(
          (String) row[0],
          Money.ofMinor(Math.subtractExact(SqlValues.number(row[1]), SqlValues.number(row[2]))));
    }
    return cash;
  }

  public Optional<JournalEntry> entry(long id) {
    return Optional.ofNullable(em.find(JournalEntry.class, id));
  }

  public Optional<JournalEntry> reversalOf(long id) {
    return em.createNamedQuery(JournalEntry.REVERSAL_OF, JournalEntry.class)
        .setParameter("id", id)
        .setHint("eclipselink.refresh", "true")
        .getResultStream()
        .findFirst();
  }

  /** The entries {@code selection} picks, in chain order. */
  public List<JournalEntry> entries(EntrySelection selection, int limit, int offset) {
    return selected(
            "SELECT e FROM JournalEntry e",
            selection,
            " ORDER BY e.sequenceNumber",
            JournalEntry.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  public long countEntries(EntrySelection selection) {
    return selected("SELECT COUNT(e) FROM JournalEntry e", selection, "", Long.class)
        .getSingleResult();
  }

  /**
   * {@code select} restricted to {@code selection}. The line conditions are left out, not passed as
   * nulls, because PostgreSQL cannot type a {@code :param IS NULL} comparison.
   */
  private <T> TypedQuery<T> selected(
      String select, EntrySelection selection, String orderBy, Class<T> type) {
    var jpql = new StringBuilder(select).append(" WHERE e.date >= :from AND e.date <= :to");
    if (selection.byLine()) {
      jpql.append(" AND EXISTS (SELECT p.id FROM Posting p WHERE p.entry = e");
      if (selection.account() != null) {
        jpql.append(" AND p.account.code = :account");
      }
      if (selection.fund() != null) {
        jpql.append(" AND p.fund.code = :fund");
      }
      jpql.append(")");
    }
    TypedQuery<T> query =
        em.createQuery(jpql.append(orderBy).toString(), type)
            .setParameter("from", selection.from())
            .setParameter("to", selection.to());
    if (selection.account() != null) {
      query.setParameter("account", selection.account());
    }
    if (selection.fund() != null) {
      query.setParameter("fund", selection.fund());
    }
    return query;
  }

  /** For each of {@code ids} that has been reversed: entry id to the id of its reversal. */
  public Map<Long, Long> reversalIds(Collection<Long> ids) {
    var reversals = new HashMap<Long, Long>();
    if (ids.isEmpty()) {
      return reversals;
    }
    for (Object[] row :
        em.createQuery(
                "SELECT e.reversesId, e.id FROM JournalEntry e WHERE e.reversesId IN :ids",
                Object[].class)
            .setParameter("ids", ids)
            .getResultList()) {
      reversals.put(SqlValues.number(row[0]), SqlValues.number(row[1]));
    }
    return reversals;
  }
}
