package org.reliefledger.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Sends a signed-in person from the home address to their role's start page. */
@Named
@RequestScoped
public class Landing {

  @Inject SecurityContext security;

  public String go() {
    String start = StartPage.forRoles(roles());
    return StartPage.NO_ROLE.equals(start) ? null : start + "?faces-redirect=true";
  }

  private Set<String> roles() {
    return Stream.of(StartPage.values())
        .map(StartPage::name)
        .filter(security::isCallerInRole)
        .collect(Collectors.toSet());
  }
}
