package org.reliefledger.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SessionCookieFlagsTest {

  @Test
  void aPlainSessionCookieGetsStrictSameSiteAndHttpOnly() {
    assertThat(SessionCookieFlags.withFlags("JSESSIONID=abc; Path=/", false))
        .isEqualTo("JSESSIONID=abc; Path=/; HttpOnly; SameSite=Strict");
  }

  @Test
  void overHttpsItIsSecureToo() {
    assertThat(SessionCookieFlags.withFlags("JSESSIONID=abc; Path=/; HttpOnly", true))
        .isEqualTo("JSESSIONID=abc; Path=/; HttpOnly; Secure; SameSite=Strict");
  }

  @Test
  void flagsAlreadyThereAreNotRepeated() {
    String complete = "JSESSIONID=abc; Path=/; Secure; HttpOnly; SameSite=Strict";
    assertThat(SessionCookieFlags.withFlags(complete, true)).isEqualTo(complete);
  }
}
