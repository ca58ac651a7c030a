package org.reliefledger.web.console;

import java.util.List;
import java.util.Set;

/**
 * Where each role starts after signing in. A person with several roles starts where the most
 * time-critical work is (money first, then votes, then households), and can reach the rest from the
 * menu.
 */
public enum StartPage {
  TREASURER("/treasurer/dashboard.xhtml"),
  COMMITTEE("/committee/requests.xhtml"),
  INTAKE("/intake/cases.xhtml"),
  AUDITOR("/ledger/journal.xhtml"),
  ADMIN("/admin/users.xhtml");

  /** A signed-in person without any role the screens know sees only the home page. */
  static final String NO_ROLE = "/index.xhtml";

  private final String viewId;

  StartPage(String viewId) {
    this.viewId = viewId;
  }

  public String viewId() {
    return viewId;
  }

  /** The start page of the first role (in declaration order) the person holds. */
  public static String forRoles(Set<String> roles) {
    return List.of(values()).stream()
        .filter(page -> roles.contains(page.name()))
        .map(StartPage::viewId)
        .findFirst()
        .orElse(NO_ROLE);
  }
}
