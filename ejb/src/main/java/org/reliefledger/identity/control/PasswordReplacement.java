package org.reliefledger.identity.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.reliefledger.audit.boundary.Audit;
import org.reliefledger.identity.entity.UserAccount;

/**
 * Stores a password a user chose for themselves, in a transaction of its own (the check of the
 * current one, before it, runs outside any, as a login does).
 */
@Stateless
public class PasswordReplacement {

  @PersistenceContext EntityManager em;

  @Inject SessionGenerations sessions;

  @Inject Audit audit;

  /** Returns the session generation the user's sessions go on under from now. */
  public long replaceOwn(String username, String newHash) {
    var user =
        em.createQuery("select u from UserAccount u where u.username = :name", UserAccount.class)
            .setParameter("name", username)
            .getSingleResult();
    user.replacePassword(newHash, false);
    sessions.endSessionsOf(username);
    audit.record("PASSWORD_CHANGED", "user", username, null);
    return sessions.standing(username).orElseThrow().generation();
  }
}
