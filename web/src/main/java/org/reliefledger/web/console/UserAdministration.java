package org.reliefledger.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.reliefledger.identity.boundary.UserCreation;
import org.reliefledger.identity.boundary.UserView;
import org.reliefledger.identity.boundary.Users;
import org.reliefledger.identity.entity.Role;

/** The administrator's list of users and the form that creates one. */
@Named
@RequestScoped
public class UserAdministration {

  static final int LISTED = 500;

  @Inject Users users;

  @Inject FacesContext faces;

  private List<UserView> listed;
  private String username;
  private String password;
  private Role[] roles = new Role[0];

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
    UserCreation outcome = users.create(username, password, EnumSet.copyOf(List.of(roles)));
    if (outcome instanceof UserCreation.Created created) {
      Texts.done(faces, "users.created", created.user().username());
      return "/admin/users.xhtml?faces-redirect=true";
    }
    if (outcome instanceof UserCreation.RolesKeptApart) {
      Texts.error(faces, "create:roles", "users.rolesKeptApart");
      return null;
    }
    Texts.error(faces, "create:username", "users.taken");
    return null;
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
