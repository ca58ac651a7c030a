package org.reliefledger.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/** What the signed-in person may reach: the menu shows only these areas. */
@Named
@RequestScoped
public class Menu {

  @Inject SecurityContext security;

  public boolean isSignedIn() {
    return security.getCallerPrincipal() != null;
  }

  public String getUsername() {
    Principal caller = security.getCallerPrincipal();
    return caller == null ? "" : caller.getName();
  }

  public boolean isTreasurer() {
    return security.isCallerInRole("TREASURER");
  }

  public boolean isLedgerReader() {
    return isTreasurer() || security.isCallerInRole("AUDITOR");
  }

  public boolean isAuditor() {
    return security.isCallerInRole("AUDITOR");
  }

  public boolean isCommittee() {
    return security.isCallerInRole("COMMITTEE");
  }

  public boolean isIntake() {
    return security.isCallerInRole("INTAKE");
  }

  public boolean isAdmin() {
    return security.isCallerInRole("ADMIN");
  }
}
