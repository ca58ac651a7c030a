package org.reliefledger.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageTest {

  @Test
  void theBrowsersFirstSupportedLanguageWinsAndEnglishIsTheFallback() {
    assertThat(
            Language.supportedOrDefault(
                List.of(Locale.FRENCH, Locale.forLanguageTag("es-MX"), Locale.ENGLISH).iterator()))
        .isEqualTo("es");
    assertThat(Language.supportedOrDefault(List.of(Locale.GERMAN).iterator())).isEqualTo("en");
  }

  @Test
  void onlyAPathOnThisSiteIsFollowedBack() {
    assertThat(Language.isLocalPath("/treasurer/pay.xhtml?id=5")).isTrue();
    assertThat(Language.isLocalPath("//evil.example/x")).isFalse();
    assertThat(Language.isLocalPath("https://evil.example/")).isFalse();
    assertThat(Language.isLocalPath("/\\evil.example")).isFalse();
    assertThat(Language.isLocalPath("/a\r\nSet-Cookie: x")).isFalse();
    assertThat(Language.isLocalPath(null)).isFalse();
  }
}
