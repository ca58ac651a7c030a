package org.reliefledger.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.reliefledger.identity.boundary.AccountChange;
import org.reliefledger.identity.boundary.Accounts;
import org.reliefledger.identity.boundary.GrantConfirmation;
import org.reliefledger.identity.boundary.GrantView;
import org.reliefledger.identity.boundary.UserCreation;
import org.reliefledger.identity.boundary.UserView;
import org.reliefledger.identity.boundary.Users;
import org.reliefledger.identity.entity.Role;

/**
 * The administrator's list of users with their actions (disable, enable, reset a password), the
 * form that creates one, the form that changes a user's roles, and the sensitive roles waiting for
 * a second administrator's confirmation.
 */
@Named
@RequestScoped
public class UserAdministration {

  static final int LISTED = 500;

  @Inject Users users;

  @Inject Accounts accounts;

  @Inject FacesContext faces;

  @Inject SecurityContext security;

  private List<UserView> listed;
  private String username;
  private String password;
  private Role[] roles = new Role[0];
  private String oneTimePassword;
  private String resetFor;
  private List<GrantView> pending;

  public List<UserView> getUsers() {
    if (listed == null) {
      listed = users.list(LISTED, 0);
    }
    return listed;
  }

  public long getTotal() {
    return users.count();
  }

  public Role[] getAllRoles() {
    return Role.values();
  }

  public String create() {
    if (roles.length == 0) {
      Texts.error(faces, "create:roles", "users.rolesRequired");
      return null;
    }
    UserCreation outcome = users.create(username, password, EnumSet.copyOf(List.of(roles)), me());
    if (outcome instanceof UserCreation.Created created) {
      Texts.done(faces, "users.created", created.user().username());
      return "/admin/users.xhtml?faces-redirect=true";
    }
    if (outcome instanceof UserCreation.CreatedPendingGrant created) {
      Texts.done(faces, "users.createdPending", created.user().username());
      return "/admin/users.xhtml?faces-redirect=true";
    }
    if (outcome instanceof UserCreation.RolesKeptApart) {
      Texts.error(faces, "create:roles", "users.rolesKeptApart");
      return null;
    }
    Texts.error(faces, "create:username", "users.taken");
    return null;
  }

  public String disable(String user) {
    return afterChange(accounts.disable(user, me()), "users.disabled", user);
  }

  public String enable(String user) {
    return afterChange(accounts.enable(user, me()), "users.enabled", user);
  }

  /** Resets the password and shows the one-time password on this page only (no redirect). */
  public String resetPassword(String user) {
    var outcome = accounts.resetPassword(user, me());
    if (outcome instanceof AccountChange.PasswordReset reset) {
      oneTimePassword = reset.oneTimePassword();
      resetFor = user;
      return null;
    }
    return afterChange(outcome, null, user);
  }

  /** Changes the roles of {@code username} to those ticked in the roles form. */
  public String changeRoles() {
    var outcome = accounts.changeRoles(username, Set.of(roles), me());
    if (outcome instanceof AccountChange.Proposed proposed) {
      Texts.done(
          faces,
          "users.grantProposed",
          proposed.user().username(),
          Texts.text(faces, "role." + proposed.grant().role().name()));
      return "/admin/users.xhtml?faces-redirect=true";
    }
    return afterChange(outcome, "users.rolesChanged", username);
  }

  public String confirmGrant(long id) {
    var outcome = accounts.confirmGrant(id, me(), true);
    if (outcome instanceof GrantConfirmation.Confirmed confirmed) {
      Texts.done(faces, "users.grantConfirmed", confirmed.user().username());
      return "/admin/users.xhtml?faces-redirect=true";
    }
    Texts.error(
        faces,
        null,
        outcome instanceof GrantConfirmation.NotASecondPerson
            ? "users.grantNeedsSecondPerson"
            : "users.grantNotConfirmed");
    return null;
  }

  private String afterChange(AccountChange outcome, String doneKey, String user) {
    if (outcome instanceof AccountChange.Done) {
      Texts.done(faces, doneKey, user);
      return "/admin/users.xhtml?faces-redirect=true";
    }
    Texts.error(
        faces,
        null,
        outcome instanceof AccountChange.NotOnYourself
            ? "users.notOnYourself"
            : outcome instanceof AccountChange.RolesKeptApart
                ? "users.rolesKeptApart"
                : "users.noSuchUser");
    return null;
  }

  public List<GrantView> getPendingGrants() {
    if (pending == null) {
      pending = accounts.pendingGrants();
    }
    return pending;
  }

  public String getOneTimePassword() {
    return oneTimePassword;
  }

  public String getResetFor() {
    return resetFor;
  }

  private String me() {
    return security.getCallerPrincipal().getName();
  }

  /** The roles of a listed user, in the order the menu names them. */
  public String rolesOf(UserView user) {
    Set<Role> held = user.roles();
    return String.join(
        ", ",
        EnumSet.allOf(Role.class).stream()
            .filter(held::contains)
            .map(role -> Texts.text(faces, "role." + role.name()))
            .toList());
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public Role[] getRoles() {
    return roles.clone();
  }

  public void setRoles(Role[] roles) {
    this.roles = roles == null ? new Role[0] : roles.clone();
  }
}
