package org.reliefledger.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class StartPageTest {

  @Test
  void eachRoleStartsOnItsOwnScreen() {
    assertThat(StartPage.forRoles(Set.of("TREASURER"))).isEqualTo("/treasurer/dashboard.xhtml");
    assertThat(StartPage.forRoles(Set.of("COMMITTEE"))).isEqualTo("/committee/requests.xhtml");
    assertThat(StartPage.forRoles(Set.of("INTAKE"))).isEqualTo("/intake/cases.xhtml");
    assertThat(StartPage.forRoles(Set.of("ADMIN"))).isEqualTo("/admin/users.xhtml");
    assertThat(StartPage.forRoles(Set.of("AUDITOR"))).isEqualTo("/ledger/journal.xhtml");
  }

  @Test
  void moneyWorkComesFirstForPeopleWithSeveralRoles() {
    assertThat(StartPage.forRoles(Set.of("ADMIN", "COMMITTEE", "TREASURER")))
        .isEqualTo("/treasurer/dashboard.xhtml");
    assertThat(StartPage.forRoles(Set.of("ADMIN", "INTAKE"))).isEqualTo("/intake/cases.xhtml");
  }

  @Test
  void noKnownRoleStaysOnTheHomePage() {
    assertThat(StartPage.forRoles(Set.of())).isEqualTo(StartPage.NO_ROLE);
    assertThat(StartPage.forRoles(Set.of("KING"))).isEqualTo(StartPage.NO_ROLE);
  }
}
