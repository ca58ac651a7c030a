package org.reliefledger.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactionTest {

  @Test
  void dropsPostgresParametersThatMayHoldAPassword() {
    assertThat(
            Redaction.withoutCredentials("jdbc:postgresql://db:5432/fund?user=x&password=secret"))
        .isEqualTo("jdbc:postgresql://db:5432/fund");
  }

  @Test
  void dropsH2Options() {
    assertThat(Redaction.withoutCredentials("jdbc:h2:file:/data/relief;PASSWORD=secret;MODE=x"))
        .isEqualTo("jdbc:h2:file:/data/relief");
  }

  @Test
  void saysSoWhenThereIsNoUrl() {
    assertThat(Redaction.withoutCredentials(null)).isEqualTo("(no URL)");
  }
}
