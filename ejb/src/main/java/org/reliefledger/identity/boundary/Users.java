package org.reliefledger.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.reliefledger.audit.boundary.Audit;
import org.reliefledger.identity.control.PasswordHashing;
import org.reliefledger.identity.entity.Role;
import org.reliefledger.identity.entity.UserAccount;

/** User accounts: creation, listing and password checks with a per-user slow-down. */
@Stateless
public class Users {

  @PersistenceContext EntityManager em;

  @Inject PasswordHashing hashing;

  @Inject Audit audit;

  public UserCreation create(String username, String password, Set<Role> roles) {
    if (!Role.combinable(roles)) {
      return new UserCreation.RolesKeptApart();
    }
    if (find(username).isPresent()) {
      return new UserCreation.UsernameTaken(username);
    }
    var user = new UserAccount(username, hashing.hash(password), roles, now());
    try {
      em.persist(user);
      em.flush();
    } catch (PersistenceException raceLostToSameName) {
      return new UserCreation.UsernameTaken(username);
    }
    audit.record("USER_CREATED", "user", username, "roles " + roles);
    return new UserCreation.Created(view(user));
  }

  public List<UserView> list(int limit, int offset) {
    return em
        .createQuery("select u from UserAccount u order by u.username", UserAccount.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(Users::view)
        .toList();
  }

  public long count() {
    return em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
  }

  /**
   * Checks a password. The common case (right password, no recent failures) reads one row and
   * writes nothing, so busy API clients do not contend; failures lock the row to count exactly.
   */
  public Login login(String username, String password) {
    var found = find(username);
    if (found.isEmpty()) {
      hashing.spendVerificationTime(password);
      return new Login.Refused();
    }
    var user = found.get();
    var now = now();
    if (user.isPausedAt(now)) {
      return new Login.Paused(user.lockedUntil());
    }
    if (!hashing.matches(password, user.passwordHash())) {
      var locked = em.find(UserAccount.class, user.id(), LockModeType.PESSIMISTIC_WRITE);
      locked.recordFailedLogin(now);
      return new Login.Refused();
    }
    if (user.hasFailedLogins()) {
      em.find(UserAccount.class, user.id(), LockModeType.PESSIMISTIC_WRITE).recordSuccessfulLogin();
    }
    return new Login.Accepted(user.username(), user.roles());
  }

  /** Creates the first administrator, unless some user already exists (another instance won). */
  public boolean createFirstAdmin(String password) {
    if (count() > 0) {
      return false;
    }
    return create("admin", password, Set.of(Role.ADMIN)) instanceof UserCreation.Created;
  }

  private Optional<UserAccount> find(String username) {
    return em.createQuery("select u from UserAccount u where u.username = :name", UserAccount.class)
        .setParameter("name", username)
        .getResultStream()
        .findFirst();
  }

  private static UserView view(UserAccount user) {
    return new UserView(user.username(), user.roles(), user.createdAt());
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
