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
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.reliefledger.audit.boundary.Audit;
import org.reliefledger.identity.control.LoginTurns;
import org.reliefledger.identity.control.PasswordHashing;
import org.reliefledger.identity.control.RoleGrants;
import org.reliefledger.identity.entity.LoginThrottle;
import org.reliefledger.identity.entity.Role;
import org.reliefledger.identity.entity.UserAccount;

/**
 * User accounts: creation, listing and password checks with a per-user slow-down. Changes to an
 * existing account are {@link Accounts}'.
 */
@Stateless
public class Users {

  private static final int MAX_CLAIM_RACES = 20;

  @PersistenceContext EntityManager em;

  @Inject PasswordHashing hashing;

  @Inject Audit audit;

  @Inject LoginTurns turns;

  @Inject RoleGrants grants;

  /**
   * Creates a user for {@code proposer}, an administrator. ADMIN is only proposed, for a second
   * person to confirm ({@link Accounts#confirmGrant}); the other roles hold at once. INTAKE too: a
   * new intake account reads only the cases it opens itself, and giving it anyone else's case is an
   * intake assignment, which takes two people.
   */
  public UserCreation create(String username, String password, Set<Role> roles, String proposer) {
    var atOnce = EnumSet.noneOf(Role.class);
    atOnce.addAll(roles);
    atOnce.remove(Role.ADMIN);
    var outcome = createWithRoles(username, password, roles, atOnce);
    if (outcome instanceof UserCreation.Created created && roles.contains(Role.ADMIN)) {
      var user = find(username).orElseThrow();
      var grant = grants.propose(user, Role.ADMIN, proposer);
      return new UserCreation.CreatedPendingGrant(created.user(), Accounts.view(grant, user));
    }
    return outcome;
  }

  /**
   * Creates a user holding all of {@code roles} at once: only for start-up work (the first
   * administrator, demo users), where nobody is signed in to propose anything.
   */
  public UserCreation createAtStart(String username, String password, Set<Role> roles) {
    return createWithRoles(username, password, roles, roles);
  }

  private UserCreation createWithRoles(
      String username, String password, Set<Role> asked, Set<Role> held) {
    if (!Role.combinable(asked)) {
      return new UserCreation.RolesKeptApart();
    }
    if (find(username).isPresent()) {
      return new UserCreation.UsernameTaken(username);
    }
    var user = new UserAccount(username, hashing.hash(password), held, now());
    try {
      em.persist(user);
      em.flush();
    } catch (PersistenceException raceLostToSameName) {
      return new UserCreation.UsernameTaken(username);
    }
    audit.record("USER_CREATED", "user", username, "roles " + held);
    return new UserCreation.Created(UserView.of(user));
  }

  public List<UserView> list(int limit, int offset) {
    return em
        .createQuery("select u from UserAccount u order by u.username", UserAccount.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(UserView::of)
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
        return user.isEnabled()
            ? new Login.Accepted(
                user.username(),
                user.roles(),
                user.sessionGeneration(),
                user.isPasswordChangeRequired())
            : new Login.Refused();
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
    return createAtStart("admin", password, Set.of(Role.ADMIN)) instanceof UserCreation.Created;
  }

  private Optional<UserAccount> find(String username) {
    return em.createQuery("select u from UserAccount u where u.username = :name", UserAccount.class)
        .setParameter("name", username)
        .getResultStream()
        .findFirst();
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
