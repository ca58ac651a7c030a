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

  private static final Instant EARLIER = Instant.parse("2026-01-01T10:00:00Z");
  private static final Area EAST = Area.add("EAST", "East Side", "admin", EARLIER);

  @Test
  void opensWithNormalisedAttributes() {
    var c =
        Case.open(
            CODE,
            HouseholdSizeBand.of(4),
            EAST,
            Languages.of(Arrays.asList("es", " ES", "", null, "ht")),
            "intake1",
            NOW);

    assertThat(c.code()).isEqualTo(CODE);
    assertThat(c.householdSizeBand()).isEqualTo(HouseholdSizeBand.FOUR_TO_FIVE);
    assertThat(c.areaCode()).isEqualTo("EAST");
    assertThat(c.languages().codes()).containsExactly("es", "ht");
    assertThat(c.createdBy()).isEqualTo("intake1");
    assertThat(c.createdAt()).isEqualTo(NOW);
  }

  @Test
  void languagesSurviveTheirColumnForm() {
    var languages = Languages.of(List.of("es", "quc", "ht"));
    assertThat(Languages.fromColumn(languages.toColumn())).isEqualTo(languages);
    assertThat(Languages.fromColumn("").codes()).isEmpty();
  }

  @Test
  void aRetiredAreaCannotBeChosenForANewCase() {
    var retired = Area.add("OLD-TOWN", "Old Town", "admin", EARLIER);
    retired.retire(EARLIER);
    var none = Languages.of(List.of());

    assertThatIllegalArgumentException()
        .isThrownBy(() -> Case.open(CODE, HouseholdSizeBand.ONE, retired, none, "intake1", NOW));
  }

  @Test
  void toStringShowsOnlyTheCode() {
    var c = Case.open(CODE, HouseholdSizeBand.ONE, EAST, Languages.of(List.of()), "i", NOW);
    assertThat(c.toString()).isEqualTo("Case[C-7KQ4]").doesNotContain("East");
  }
}
