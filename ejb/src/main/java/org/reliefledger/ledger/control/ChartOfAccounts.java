package org.reliefledger.ledger.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;
import org.reliefledger.ledger.entity.Account;
import org.reliefledger.ledger.entity.Fund;
import org.reliefledger.ledger.entity.FundBalance;
import org.reliefledger.platform.control.UniqueViolation;

/** Finds and adds accounts and funds. Both are immutable, so cached reads are safe. */
@Dependent
public class ChartOfAccounts {

  @PersistenceContext EntityManager em;

  public Optional<Account> account(String code) {
    return em.createNamedQuery(Account.BY_CODE, Account.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  public Optional<Fund> fund(String code) {
    return em.createNamedQuery(Fund.BY_CODE, Fund.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  public List<Account> accounts() {
    return em.createNamedQuery(Account.ALL, Account.class).getResultList();
  }

  public List<Fund> funds() {
    return em.createNamedQuery(Fund.ALL, Fund.class).getResultList();
  }

  /**
   * Stores the account; {@code false} when a concurrent writer stored its code first. The
   * transaction is then marked for rollback, so the caller must write nothing else in it.
   */
  public boolean add(Account account) {
    return storedFirst(() -> em.persist(account));
  }

  /**
   * Stores the fund together with its empty cash row, the row spenders lock; {@code false} as for
   * {@link #add(Account)}.
   */
  public boolean add(Fund fund) {
    return storedFirst(
        () -> {
          em.persist(fund);
          em.flush();
          em.persist(new FundBalance(fund));
        });
  }

  private boolean storedFirst(Runnable insert) {
    try {
      insert.run();
      em.flush();
      return true;
    } catch (PersistenceException refused) {
      if (UniqueViolation.causedBy(refused)) {
        return false;
      }
      throw refused;
    }
  }
}
