package org.reliefledger.cases.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AreaTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  @ParameterizedTest
  @CsvSource({
    "'  San José   Norte ', SAN-JOSE-NORTE, San José Norte",
    "Riverside, RIVERSIDE, Riverside",
    "O'Hare Park, O-HARE-PARK, O'Hare Park",
    "District 9, DISTRICT-9, District 9",
    "Lower East Side and the Old Harbour, LOWER-EAST-SIDE-AND, Lower East Side and the Old Harbour"
  })
  void withoutACodeTheCodeIsMadeFromTheName(String name, String code, String storedName) {
    var area = Area.add(null, name, "admin", NOW);

    assertThat(area.code()).isEqualTo(code);
    assertThat(area.name()).isEqualTo(storedName);
    assertThat(area.isRetired()).isFalse();
  }

  @Test
  void aGivenCodeIsKeptInUpperCase() {
    assertThat(Area.add(" north-hill ", "North Hill", "admin", NOW).code()).isEqualTo("NORTH-HILL");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-NORTH", "NORTH-", "NOR TH", "NORTH_HILL", "ABCDEFGHIJKLMNOPQRSTU"})
  void refusesMalformedCodes(String code) {
    assertThatThrownBy(() -> Area.add(code, "North Hill", "admin", NOW))
        .isInstanceOfSatisfying(
            AreaRuleBroken.class, broken -> assertThat(broken.field()).isEqualTo("code"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        " ",
        "12 Canary St, apt 4",
        "canary@example.org",
        "2026-02-30",
        "0.001",
        "Canary Street #4",
        "A name far too long to be a neighbourhood: Canary Street number 12 apartment 4B"
      })
  void refusesNamesThatLookLikeAddressesWithoutQuotingThem(String name) {
    assertThatThrownBy(() -> Area.add(null, name, "admin", NOW))
        .isInstanceOfSatisfying(
            AreaRuleBroken.class, broken -> assertThat(broken.field()).isEqualTo("name"))
        .hasMessageNotContaining("Canary");
  }

  @Test
  void aNameWithoutLettersAToZNeedsAGivenCode() {
    assertThatThrownBy(() -> Area.add(null, "東京", "admin", NOW))
        .isInstanceOfSatisfying(
            AreaRuleBroken.class, broken -> assertThat(broken.field()).isEqualTo("code"));
    assertThat(Area.add("TOKYO", "東京", "admin", NOW).name()).isEqualTo("東京");
  }

  @Test
  void namesThatDifferOnlyInLetterCaseShareAKey() {
    assertThat(Area.nameKey(Area.add(null, "East Side", "a", NOW).name()))
        .isEqualTo(Area.nameKey(Area.add(null, "EAST  side", "a", NOW).name()));
  }

  @Test
  void retiringIsFinalAndKeepsTheFirstMoment() {
    var area = Area.add("EAST", "East", "admin", NOW);
    area.retire(NOW);
    area.retire(NOW.plusSeconds(60));

    assertThat(area.isRetired()).isTrue();
    assertThat(area.retiredAt()).isEqualTo(NOW);
  }
}
