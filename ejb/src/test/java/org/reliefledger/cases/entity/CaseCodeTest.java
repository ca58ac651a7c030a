package org.reliefledger.cases.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashSet;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class CaseCodeTest {

  @Property
  void randomCodesAreWellFormedAndAvoidLookAlikes(@ForAll long seed) {
    var code = CaseCode.random(new SplittableRandom(seed));

    assertThat(code.value()).matches("C-[2-9A-Z]{4}").doesNotContainPattern("[01ILOUV]");
    assertThat(CaseCode.parse(code.value())).isEqualTo(code);
  }

  @Test
  void randomCodesSpreadOverTheAlphabet() {
    var random = new SplittableRandom(7);
    var seen = new HashSet<Character>();
    for (int i = 0; i < 500; i++) {
      CaseCode.random(random).value().substring(2).chars().forEach(c -> seen.add((char) c));
    }
    assertThat(seen).hasSize(CaseCode.ALPHABET.length());
  }

  @Test
  void parsingForgivesCaseAndBlanks() {
    assertThat(CaseCode.parse("  c-7kq4 ")).isEqualTo(new CaseCode("C-7KQ4"));
    assertThat(CaseCode.isWellFormed("c-7kq4")).isTrue();
  }

  @Test
  void refusesLookAlikesAndWrongShapes() {
    assertThat(CaseCode.isWellFormed("C-7KQ0")).isFalse();
    assertThat(CaseCode.isWellFormed("C-7KQI")).isFalse();
    assertThat(CaseCode.isWellFormed("C-7KQ")).isFalse();
    assertThat(CaseCode.isWellFormed("X-7KQ4")).isFalse();
    assertThat(CaseCode.isWellFormed(null)).isFalse();
    assertThatIllegalArgumentException().isThrownBy(() -> new CaseCode("C-7KQ44"));
  }
}
