package org.reliefledger.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainHttpWarningTest {

  @Test
  void loopbackNamesAreThisMachine() {
    assertThat(PlainHttpWarning.isThisMachine("localhost")).isTrue();
    assertThat(PlainHttpWarning.isThisMachine("LOCALHOST")).isTrue();
    assertThat(PlainHttpWarning.isThisMachine("app.localhost")).isTrue();
    assertThat(PlainHttpWarning.isThisMachine("127.0.0.1")).isTrue();
    assertThat(PlainHttpWarning.isThisMachine("[::1]")).isTrue();
  }

  @Test
  void namesOthersUseAreNot() {
    assertThat(PlainHttpWarning.isThisMachine("fund.example.org")).isFalse();
    assertThat(PlainHttpWarning.isThisMachine("192.168.1.20")).isFalse();
    assertThat(PlainHttpWarning.isThisMachine("localhost.example.org")).isFalse();
    assertThat(PlainHttpWarning.isThisMachine(null)).isFalse();
  }
}
