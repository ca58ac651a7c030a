package org.reliefledger.identity.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Ends sessions across every instance sharing the database: each user has a session generation
 * number, a session (or a remembered password check) carries the number it began under, and each
 * request compares it with {@link #standing}. Raising the number ends everything begun before.
 * Nothing is held in memory, so it works the same on one instance or many.
 */
@Stateless
public class SessionGenerations {

  /** What each request needs to know about its user, read fresh from the database. */
  public record Standing(boolean enabled, long generation, boolean passwordChangeRequired) {

    /** Whether a session or check begun under {@code generation} may still act. */
    public boolean admits(long generation) {
      return enabled && this.generation == generation;
    }
  }

  @PersistenceContext EntityManager em;

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<Standing> standing(String username) {
    return em.createQuery(
            "select u.enabled, u.sessionGeneration, u.passwordChangeRequired from UserAccount u"
                + " where u.username = :name",
            Object[].class)
        .setParameter("name", username)
        .getResultStream()
        .findFirst()
        .map(row -> new Standing((Boolean) row[0], (Long) row[1], (Boolean) row[2]));
  }

  /** Ends every session of one user. */
  public void endSessionsOf(String username) {
    em.createQuery(
            "update UserAccount u set u.sessionGeneration = u.sessionGeneration + 1"
                + " where u.username = :name")
        .setParameter("name", username)
        .executeUpdate();
  }

  /** Ends every session of every user (a lockdown); returns how many users were signed out. */
  public int endEverySession() {
    return em.createQuery("update UserAccount u set u.sessionGeneration = u.sessionGeneration + 1")
        .executeUpdate();
  }
}
