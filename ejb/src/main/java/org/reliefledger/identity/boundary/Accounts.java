package org.reliefledger.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.reliefledger.audit.boundary.Audit;
import org.reliefledger.identity.control.OneTimePasswords;
import org.reliefledger.identity.control.PasswordHashing;
import org.reliefledger.identity.control.PasswordReplacement;
import org.reliefledger.identity.control.RoleGrants;
import org.reliefledger.identity.control.SessionGenerations;
import org.reliefledger.identity.entity.Role;
import org.reliefledger.identity.entity.RoleGrant;
import org.reliefledger.identity.entity.UserAccount;

/**
 * Changes to existing accounts: an administrator disables and enables users, changes their roles (a
 * sensitive role only by proposal and a second person's confirmation) and resets passwords; every
 * user changes their own password and signs out everywhere. Whatever changes what a user may do
 * ends that user's sessions on every instance ({@link SessionGenerations}).
 */
@Stateless
public class Accounts {

  private static final String AUDIT_OBJECT = "user";

  @PersistenceContext EntityManager em;

  @Inject Users users;

  @Inject PasswordHashing hashing;

  @Inject SessionGenerations sessions;

  @Inject RoleGrants grants;

  @Inject PasswordReplacement passwords;

  @Inject Audit audit;

  public AccountChange disable(String username, String admin) {
    return change(
        username,
        admin,
        user -> {
          user.disable();
          return "USER_DISABLED";
        });
  }

  public AccountChange enable(String username, String admin) {
    return change(
        username,
        admin,
        user -> {
          user.enable();
          return "USER_ENABLED";
        });
  }

  /**
   * Gives {@code username} exactly {@code wanted}: roles taken away and roles anyone may grant at
   * once; a sensitive role added ({@link Role#grantedByTwo}) is only proposed.
   */
  public AccountChange changeRoles(String username, Set<Role> wanted, String admin) {
    if (!Role.combinable(wanted)) {
      return new AccountChange.RolesKeptApart();
    }
    var found = lockedUser(username);
    if (found == null) {
      return new AccountChange.NoSuchUser();
    }
    if (username.equals(admin) && !wanted.contains(Role.ADMIN)) {
      return new AccountChange.NotOnYourself();
    }
    var before = found.roles();
    var atOnce = EnumSet.noneOf(Role.class);
    for (Role role : wanted) {
      if (before.contains(role) || !role.grantedByTwo()) {
        atOnce.add(role);
      }
    }
    if (!atOnce.equals(before)) {
      found.holdExactly(atOnce);
      sessions.endSessionsOf(username);
      audit.record("ROLES_CHANGED", AUDIT_OBJECT, username, before + " to " + atOnce);
    }
    var proposed = EnumSet.noneOf(Role.class);
    proposed.addAll(wanted);
    proposed.removeAll(atOnce);
    if (proposed.isEmpty()) {
      return new AccountChange.Done(UserView.of(found));
    }
    // Kept apart, ADMIN and INTAKE are never both proposed: one grant at most.
    var grant = grants.propose(found, proposed.iterator().next(), admin);
    return new AccountChange.Proposed(UserView.of(found), view(grant, found));
  }

  /**
   * Gives a proposed role to its user, confirmed by {@code confirmer}: another administrator, or a
   * committee member while the proposer is the only enabled administrator (so a fund with one
   * administrator can get a second, and still never by one person alone).
   */
  public GrantConfirmation confirmGrant(long grantId, String confirmer, boolean confirmerIsAdmin) {
    var grant = em.find(RoleGrant.class, grantId, LockModeType.PESSIMISTIC_WRITE);
    if (grant == null) {
      return new GrantConfirmation.NoSuchGrant();
    }
    if (grant.isConfirmed()) {
      return new GrantConfirmation.AlreadyConfirmed();
    }
    var grantee = em.find(UserAccount.class, grant.userId(), LockModeType.PESSIMISTIC_WRITE);
    if (grant.isProposedBy(confirmer) || grantee.username().equals(confirmer)) {
      return new GrantConfirmation.NotASecondPerson();
    }
    if (!confirmerIsAdmin && otherEnabledAdmins(grant.proposedBy()) > 0) {
      return new GrantConfirmation.NeedsAnotherAdmin();
    }
    if (!Role.combinable(with(grantee.roles(), grant.role()))) {
      return new GrantConfirmation.RolesKeptApart();
    }
    grant.confirm(grantee, confirmer, Instant.now());
    sessions.endSessionsOf(grantee.username());
    audit.record(
        "ROLE_GRANT_CONFIRMED",
        RoleGrants.AUDIT_OBJECT,
        String.valueOf(grantId),
        grant.role() + " for " + grantee.username() + ", proposed by " + grant.proposedBy());
    return new GrantConfirmation.Confirmed(UserView.of(grantee));
  }

  /** The proposed roles nobody has confirmed yet, oldest first. */
  public List<GrantView> pendingGrants() {
    return em.createNamedQuery(RoleGrant.PENDING, RoleGrant.class).getResultList().stream()
        .map(grant -> view(grant, em.find(UserAccount.class, grant.userId())))
        .toList();
  }

  /**
   * Replaces the user's password with a one-time password, returned once and never stored in the
   * clear; the user's sessions end and the next sign-in must choose a new password.
   */
  public AccountChange resetPassword(String username, String admin) {
    String oneTime = OneTimePasswords.next();
    var outcome =
        change(
            username,
            admin,
            user -> {
              user.replacePassword(hashing.hash(oneTime), true);
              return "PASSWORD_RESET";
            });
    return outcome instanceof AccountChange.Done done
        ? new AccountChange.PasswordReset(done.user(), oneTime)
        : outcome;
  }

  /**
   * Changes the caller's own password after checking the current one as a login would (throttled
   * the same way, so a stolen session cannot guess it quickly). Every session of the user ends; the
   * caller's own goes on under the returned generation.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public PasswordChange changeOwnPassword(String username, String current, String next) {
    var check = users.login(username, current);
    if (check instanceof Login.Paused paused) {
      return new PasswordChange.Paused(paused.until());
    }
    if (!(check instanceof Login.Accepted)) {
      return new PasswordChange.WrongPassword();
    }
    if (current.equals(next)) {
      return new PasswordChange.Unchanged();
    }
    return new PasswordChange.Changed(passwords.replaceOwn(username, hashing.hash(next)));
  }

  /** Ends every session of the caller, on every instance, this one included. */
  public void signOutEverywhere(String username) {
    sessions.endSessionsOf(username);
    audit.record("SIGNED_OUT_EVERYWHERE", AUDIT_OBJECT, username, null);
  }

  private AccountChange change(String username, String admin, AccountEdit edit) {
    if (username.equals(admin)) {
      return new AccountChange.NotOnYourself();
    }
    var user = lockedUser(username);
    if (user == null) {
      return new AccountChange.NoSuchUser();
    }
    String action = edit.apply(user);
    sessions.endSessionsOf(username);
    audit.record(action, AUDIT_OBJECT, username, null);
    return new AccountChange.Done(UserView.of(user));
  }

  /** One change to an account; returns the audit action that names it. */
  @FunctionalInterface
  private interface AccountEdit {
    String apply(UserAccount user);
  }

  private UserAccount lockedUser(String username) {
    return em.createQuery("select u from UserAccount u where u.username = :name", UserAccount.class)
        .setParameter("name", username)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private long otherEnabledAdmins(String proposer) {
    return em.createQuery(
            "select count(u) from UserAccount u join u.roles r"
                + " where r = :admin and u.enabled = true and u.username <> :proposer",
            Long.class)
        .setParameter("admin", Role.ADMIN)
        .setParameter("proposer", proposer)
        .getSingleResult();
  }

  private static Set<Role> with(Set<Role> roles, Role added) {
    var all = EnumSet.of(added);
    all.addAll(roles);
    return all;
  }

  static GrantView view(RoleGrant grant, UserAccount grantee) {
    return new GrantView(
        grant.id(), grantee.username(), grant.role(), grant.proposedBy(), grant.proposedAt());
  }
}
