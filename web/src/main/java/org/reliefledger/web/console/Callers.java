package org.reliefledger.web.console;

import jakarta.security.enterprise.SecurityContext;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.reliefledger.cases.vault.boundary.Caller;

/** The signed-in person as the vault wants to know them: name and roles. */
final class Callers {

  private Callers() {}

  static Caller of(SecurityContext security) {
    Set<String> roles =
        Stream.of(StartPage.values())
            .map(StartPage::name)
            .filter(security::isCallerInRole)
            .collect(Collectors.toSet());
    return new Caller(security.getCallerPrincipal().getName(), roles);
  }
}
