package org.reliefledger.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.reliefledger.audit.boundary.Audit;
import org.reliefledger.identity.control.LoginTurns;
import org.reliefledger.identity.control.PasswordHashing;
import org.reliefledger.identity.entity.LoginThrottle;
import org.reliefledger.identity.entity.Role;
import org.reliefledger.identity.entity.UserAccount;

/** User accounts: creation, listing and password checks with a per-user slow-down. */
@Stateless
public class Users {

  private static final int MAX_CLAIM_RACES = 20;

  @PersistenceContext EntityManager em;

  @Inject PasswordHashing hashing;

  @Inject Audit audit;

  @Inject LoginTurns turns;

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

  /** How many users have a name starting with {@code prefix}, a literal without wildcards. */
  public long countNamedFrom(String prefix) {
    return em.createQuery(
            "select count(u) from UserAccount u where u.username like :pattern", Long.class)
        .setParameter("pattern", prefix + "%")
        .getSingleResult();
  }

  /**
   * Checks a password, at most as often as {@link LoginThrottle} allows however many attempts
   * arrive at once: each check first claims its turn in the database. Every answer costs one PBKDF2
   * derivation (an unknown name and a paused user are checked against a dummy hash), so the time
   * taken says nothing about whether the name exists or is paused.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Login login(String username, String password) {
    var claim = claimTurn(username);
    if (claim instanceof LoginTurns.Claim.Granted granted) {
      if (hashing.matches(password, granted.passwordHash())) {
        var user = turns.succeeded(granted.userId());
        return new Login.Accepted(user.username(), user.roles());
      }
      turns.failed(username, granted.turn());
      return new Login.Refused();
    }
    hashing.spendVerificationTime(password);
    return claim instanceof LoginTurns.Claim.Paused paused
        ? new Login.Paused(paused.until())
        : new Login.Refused();
  }

  private LoginTurns.Claim claimTurn(String username) {
    for (int race = 0; race < MAX_CLAIM_RACES; race++) {
      var claim = turns.claim(username, now());
      if (!(claim instanceof LoginTurns.Claim.Lost)) {
        return claim;
      }
    }
    // Still losing to parallel attempts: they are using this user's turns, so this one waits.
    return new LoginTurns.Claim.Paused(now());
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
