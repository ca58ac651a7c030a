package org.reliefledger.cases.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguagesTest {

  private static final Locale SPANISH = Locale.forLanguageTag("es");

  @ParameterizedTest
  @CsvSource({
    "es, es",
    "EN, en",
    "' ht ', ht",
    "zh, zh",
    "qu, qu",
    // a three-letter code with a two-letter one becomes the two-letter code
    "spa, es",
    "eng, en",
    // withdrawn codes the JDK still lists become their current ones
    "iw, he",
    "in, id",
    // three-letter codes of languages without a two-letter code, which the JDK names
    "yue, yue",
    "quc, quc"
  })
  void acceptsIso639CodesInTheirStoredForm(String given, String stored) {
    assertThat(Languages.canonical(given)).contains(stored);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"xx", "qq", "zzz", "Spanish", "español", "Maria Lopez", "e", "es-MX", "es,fr", ""})
  void refusesAnythingThatIsNotAKnownCode(String given) {
    assertThat(Languages.canonical(given)).isEmpty();
  }

  @Test
  void keepsTheOrderGivenWithoutDuplicatesOrBlanks() {
    assertThat(Languages.of(java.util.Arrays.asList("ht", "es", " ", null, "spa", "ES")).codes())
        .containsExactly("ht", "es");
  }

  @Test
  void aPersonsNameIsRefusedWithoutQuotingIt() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Languages.of(List.of("es", "Maria Canary")))
        .withMessageNotContaining("Canary")
        .withMessageContaining("ISO 639");
  }

  @Test
  void atMostEightLanguages() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> Languages.of(List.of("es", "en", "fr", "de", "it", "pt", "ht", "zh", "qu")));
    assertThat(Languages.of(List.of("es", "en", "fr", "de", "it", "pt", "ht", "zh")).codes())
        .hasSize(8);
  }

  @Test
  void namesLanguagesInTheScreensLanguage() {
    var spoken = Languages.of(List.of("es", "ht", "zh", "qu"));

    assertThat(spoken.displayNames(Locale.ENGLISH))
        .containsExactly("Spanish", "Haitian Creole", "Chinese", "Quechua");
    assertThat(spoken.displayNames(SPANISH))
        .containsExactly("español", "criollo haitiano", "chino", "quechua");
  }

  @Test
  void fallsBackToTheEnglishNameWhenTheJdkHasNoneInTheScreensLanguage() {
    // American Sign Language has an English name in the JDK but no Spanish one.
    assertThat(Languages.displayName("ase", SPANISH)).isEqualTo("American Sign Language");
  }

  @Test
  void everyListedCodeIsAcceptedAndNamedInBothLanguages() {
    assertThat(Languages.listed()).hasSizeGreaterThan(180).contains("es", "en", "ht", "qu");
    for (String code : Languages.listed()) {
      assertThat(Languages.canonical(code)).contains(code);
      assertThat(Languages.displayName(code, Locale.ENGLISH)).isNotEqualTo(code);
      assertThat(Languages.displayName(code, SPANISH)).isNotEqualTo(code);
    }
  }
}
