package org.reliefledger.cases.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaseTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  private static final CaseCode CODE = new CaseCode("C-7KQ4");

  @ParameterizedTest
  @CsvSource({
    "1, ONE",
    "2, TWO_TO_THREE",
    "3, TWO_TO_THREE",
    "4, FOUR_TO_FIVE",
    "5, FOUR_TO_FIVE",
    "6, SIX_OR_MORE",
    "30, SIX_OR_MORE"
  })
  void householdSizeFallsInItsBand(int size, HouseholdSizeBand band) {
    assertThat(HouseholdSizeBand.of(size)).isEqualTo(band);
  }

  @Test
  void householdSizeOutsideTheRangeIsRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> HouseholdSizeBand.of(0));
    assertThatIllegalArgumentException().isThrownBy(() -> HouseholdSizeBand.of(31));
  }

  @Test
  void opensWithNormalisedAttributes() {
    var c =
        Case.open(
            CODE,
            HouseholdSizeBand.of(4),
            "  East   Side ",
            Languages.of(Arrays.asList("Spanish", " spanish", "", null, "Haitian  Creole")),
            "intake1",
            NOW);

    assertThat(c.code()).isEqualTo(CODE);
    assertThat(c.householdSizeBand()).isEqualTo(HouseholdSizeBand.FOUR_TO_FIVE);
    assertThat(c.area()).isEqualTo("East Side");
    assertThat(c.languages().names()).containsExactly("spanish", "haitian creole");
    assertThat(c.createdBy()).isEqualTo("intake1");
    assertThat(c.createdAt()).isEqualTo(NOW);
  }

  @Test
  void languagesSurviveTheirColumnForm() {
    var languages = Languages.of(List.of("es", "Mam", "K'iche'"));
    assertThat(Languages.fromColumn(languages.toColumn())).isEqualTo(languages);
    assertThat(Languages.fromColumn("").names()).isEmpty();
  }

  @Test
  void refusesLanguageNamesThatCouldCarryAnythingElse() {
    assertThatIllegalArgumentException().isThrownBy(() -> Languages.of(List.of("es,fr")));
    assertThatIllegalArgumentException().isThrownBy(() -> Languages.of(List.of("555-1234")));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Languages.of(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i")));
  }

  @Test
  void areaIsRequiredAndShortAndItsValueNeverAppearsInTheMessage() {
    var band = HouseholdSizeBand.ONE;
    var none = Languages.of(List.of());
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Case.open(CODE, band, " ", none, "intake1", NOW));
    var address = "12 Canary Street, apartment 4B, behind the laundromat on the corner lot";
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Case.open(CODE, band, address, none, "intake1", NOW))
        .withMessageNotContaining("Canary");
  }

  @Test
  void toStringShowsOnlyTheCode() {
    var c =
        Case.open(CODE, HouseholdSizeBand.ONE, "Canaryville", Languages.of(List.of()), "i", NOW);
    assertThat(c.toString()).isEqualTo("Case[C-7KQ4]").doesNotContain("Canaryville");
  }
}
