package org.reliefledger.identity.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import org.reliefledger.audit.boundary.Audit;
import org.reliefledger.identity.entity.LoginThrottle;
import org.reliefledger.identity.entity.UserAccount;

/**
 * Claims in the database the turn to check one password, before the check runs: a conditional
 * UPDATE of the user's failure count that only one of several parallel attempts can win, on every
 * instance sharing the database. Each method is its own short transaction (the caller has none), so
 * no row stays locked while PBKDF2 runs.
 */
@Stateless
public class LoginTurns {

  /** What a claim came to. */
  public sealed interface Claim {

    /** This attempt may check the password against {@code passwordHash}. */
    record Granted(long userId, String passwordHash, LoginThrottle.Turn turn) implements Claim {}

    /** The user's guesses are paused: no password is checked before {@code until}. */
    record Paused(OffsetDateTime until) implements Claim {}

    /** Another attempt claimed the same turn first: read again and retry. */
    record Lost() implements Claim {}

    record NoSuchUser() implements Claim {}
  }

  @PersistenceContext EntityManager em;

  @Inject Audit audit;

  public Claim claim(String username, OffsetDateTime now) {
    var rows =
        em.createQuery(
                "select u.id, u.failedLogins, u.lockedUntil, u.passwordHash from UserAccount u"
                    + " where u.username = :name",
                Object[].class)
            .setParameter("name", username)
            .getResultList();
    if (rows.isEmpty()) {
      return new Claim.NoSuchUser();
    }
    Object[] row = rows.get(0);
    long id = (Long) row[0];
    int failures = (Integer) row[1];
    var pausedUntil = (OffsetDateTime) row[2];
    var turn = LoginThrottle.nextTurn(failures, pausedUntil, now);
    if (turn.isEmpty()) {
      return new Claim.Paused(pausedUntil);
    }
    int won =
        em.createQuery(
                "update UserAccount u set u.failedLogins = :claimed, u.lockedUntil = :until"
                    + " where u.id = :id and u.failedLogins = :seen")
            .setParameter("claimed", turn.get().failures())
            .setParameter("until", turn.get().pausedUntil())
            .setParameter("id", id)
            .setParameter("seen", failures)
            .executeUpdate();
    return won == 1 ? new Claim.Granted(id, (String) row[3], turn.get()) : new Claim.Lost();
  }

  /** The checked password was right: the failures are forgiven. */
  public UserAccount succeeded(long userId) {
    em.createQuery(
            "update UserAccount u set u.failedLogins = 0, u.lockedUntil = null where u.id = :id")
        .setParameter("id", userId)
        .executeUpdate();
    return em.find(UserAccount.class, userId);
  }

  /**
   * The checked password was wrong (already counted by the claim); a pause it starts is audited.
   */
  public void failed(String username, LoginThrottle.Turn turn) {
    if (turn.pausedUntil() != null) {
      audit.record(
          "LOGIN_PAUSED",
          "user",
          username,
          turn.failures()
              + " consecutive failures, paused "
              + LoginThrottle.pauseAfter(turn.failures()).toSeconds()
              + " s");
    }
  }
}
