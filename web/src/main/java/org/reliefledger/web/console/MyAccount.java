package org.reliefledger.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.reliefledger.identity.boundary.Accounts;
import org.reliefledger.identity.boundary.PasswordChange;
import org.reliefledger.identity.control.SessionGenerations;
import org.reliefledger.web.security.SignedIn;

/**
 * Every user's own account page: changing their password (required after a reset before anything
 * else) and signing out everywhere.
 */
@Named
@RequestScoped
public class MyAccount {

  @Inject Accounts accounts;

  @Inject SessionGenerations generations;

  @Inject SecurityContext security;

  @Inject FacesContext faces;

  private String currentPassword;
  private String newPassword;
  private String repeatedPassword;

  /** Whether the user signed in with a one-time password and must choose their own first. */
  public boolean isChangeRequired() {
    return generations
        .standing(me())
        .map(SessionGenerations.Standing::passwordChangeRequired)
        .orElse(false);
  }

  public String changePassword() throws IOException {
    if (!newPassword.equals(repeatedPassword)) {
      Texts.error(faces, "password:repeated", "account.passwordsDiffer");
      return null;
    }
    var outcome = accounts.changeOwnPassword(me(), currentPassword, newPassword);
    if (outcome instanceof PasswordChange.Changed changed) {
      ExternalContext external = faces.getExternalContext();
      SignedIn.carryOn((HttpServletRequest) external.getRequest(), changed.generation());
      Texts.done(faces, "account.passwordChanged");
      external.redirect(external.getRequestContextPath() + "/index.xhtml");
      faces.responseComplete();
      return null;
    }
    Texts.error(
        faces,
        outcome instanceof PasswordChange.Unchanged ? "password:new" : "password:current",
        outcome instanceof PasswordChange.Unchanged
            ? "account.passwordUnchanged"
            : "account.wrongPassword");
    return null;
  }

  public void signOutEverywhere() throws IOException {
    accounts.signOutEverywhere(me());
    ExternalContext external = faces.getExternalContext();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/login.xhtml");
    faces.responseComplete();
  }

  private String me() {
    return security.getCallerPrincipal().getName();
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getRepeatedPassword() {
    return repeatedPassword;
  }

  public void setRepeatedPassword(String repeatedPassword) {
    this.repeatedPassword = repeatedPassword;
  }
}
