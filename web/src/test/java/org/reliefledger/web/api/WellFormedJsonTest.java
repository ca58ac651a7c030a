package org.reliefledger.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WellFormedJsonTest {

  @Test
  void textWithPairedSurrogatesIsStorable() {
    assertThat(WellFormedJson.storable("Zoë 😀 ok")).isTrue();
    assertThat(WellFormedJson.storable("")).isTrue();
  }

  @Test
  void nulAndLoneSurrogatesAreNot() {
    assertThat(WellFormedJson.storable("a\u0000b")).isFalse();
    assertThat(WellFormedJson.storable("name \uD800 end")).isFalse();
    assertThat(WellFormedJson.storable("ends high \uD83D")).isFalse();
    assertThat(WellFormedJson.storable("\uDE00 low first")).isFalse();
    assertThat(WellFormedJson.storable("\uDE00\uD83D reversed pair")).isFalse();
  }
}
